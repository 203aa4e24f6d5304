package io.callqa.feedback.appeals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appeal as the agent and their leads see it: what was disputed, where it stands, the decision's reason. */
public record AppealView(
        UUID appealId,
        UUID feedbackId,
        UUID evaluationId,
        int evaluationVersion,
        List<String> disputedItems,
        String reason,
        Appeal.State state,
        Instant filedAt,
        String reviewerId,
        Instant reviewStartedAt,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        Integer revisedVersion) {

    public static AppealView of(Appeal a) {
        return new AppealView(a.id, a.feedbackId, a.evaluationId, a.evaluationVersion, List.copyOf(a.disputedItems),
                a.reason, a.state(), a.filedAt, a.reviewerId, a.reviewStartedAt, a.decisionReason, a.decidedBy,
                a.decidedAt, a.revisedVersion);
    }
}
