package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A QA lead approved a recording for the excellent-recording library (优秀录音库): the evaluation it came from,
 * the items it exemplifies, where to find the call (queue, wrap-up code, recording) and the bonus points the
 * agent's QA file gains.
 */
public record ExcellentRecordingApproved(
        UUID eventId,
        Instant occurredAt,
        UUID recordingId,
        UUID evaluationId,
        int evaluationVersion,
        String callId,
        String agentId,
        String teamId,
        List<String> items,
        String queueId,
        String wrapUpCode,
        String recordingUri,
        BigDecimal totalScore,
        int bonusPoints,
        String approvedBy,
        Instant approvedAt) implements FeedbackEvent {

    public ExcellentRecordingApproved {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : callId;
    }
}
