package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A library recording as the API shows it. */
public record LibraryEntryView(
        UUID recordingId,
        UUID nominationId,
        UUID evaluationId,
        int evaluationVersion,
        String callId,
        String agentId,
        String teamId,
        List<String> items,
        String wrapUpCode,
        String queueId,
        String recordingUri,
        BigDecimal totalScore,
        String note,
        int bonusPoints,
        String approvedBy,
        Instant approvedAt) {

    static LibraryEntryView of(LibraryEntry e) {
        return new LibraryEntryView(e.recordingId, e.nominationId, e.evaluationId, e.evaluationVersion, e.callId,
                e.agentId, e.teamId, List.copyOf(e.items), e.wrapUpCode, e.queueId, e.recordingUri, e.totalScore,
                e.note, e.bonusPoints, e.approvedBy, e.approvedAt);
    }
}
