package io.callqa.simulator.records;

import java.time.Instant;
import java.util.List;

/**
 * One call record (话单) as the ACD/CTI hands it to the ingest API. Null means "absent": no {@code enqueuedAt} for an
 * outbound call, no {@code answeredAt} for an abandoned one, no {@code csat} when the customer was not surveyed.
 */
public record Call(
        String callId,
        Direction direction,
        String queueId,
        String agentId,
        String teamId,
        String callerNumber,
        Instant enqueuedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer talkSeconds,
        Integer holdSeconds,
        ReleasedBy releasedBy,
        String recordingUri,
        String wrapUpCode,
        Integer csat,
        List<TranscriptLine> transcript) {

    public static final String CHANNEL = "VOICE";

    public enum Direction { INBOUND, OUTBOUND }

    public enum ReleasedBy { AGENT, CUSTOMER, SYSTEM }

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean inbound() {
        return direction == Direction.INBOUND;
    }

    /** Waiting time in the queue: until the answer, or until the caller gave up; null for an outbound call. */
    public Long waitSeconds() {
        if (enqueuedAt == null) {
            return null;
        }
        Instant until = answeredAt != null ? answeredAt : endedAt;
        return until.getEpochSecond() - enqueuedAt.getEpochSecond();
    }

    /** The same call with a transcript (or without one, for null). */
    public Call withTranscript(List<TranscriptLine> lines) {
        return new Call(callId, direction, queueId, agentId, teamId, callerNumber, enqueuedAt, answeredAt, endedAt,
                talkSeconds, holdSeconds, releasedBy, recordingUri, wrapUpCode, csat, lines);
    }
}
