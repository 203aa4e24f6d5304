package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A nomination as the API shows it; {@code fullMarkItems} are the items an approval names unless the lead names
 * others.
 */
public record NominationView(
        UUID nominationId,
        UUID evaluationId,
        int evaluationVersion,
        String callId,
        String agentId,
        String teamId,
        String evaluatorId,
        BigDecimal totalScore,
        String source,
        String status,
        List<String> fullMarkItems,
        Instant nominatedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {

    static NominationView of(Nomination n) {
        return new NominationView(n.nominationId, n.evaluationId, n.evaluationVersion, n.callId, n.agentId, n.teamId,
                n.evaluatorId, n.totalScore, n.source, n.status, Qualification.fullMarks(n.items), n.nominatedAt,
                n.decidedBy, n.decidedAt, n.decisionNote);
    }
}
