package io.callqa.feedback.items;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.feedback.appeals.Appeal;
import io.callqa.feedback.appeals.AppealRules;
import io.callqa.feedback.appeals.AppealView;
import io.callqa.feedback.files.FileEntry;

/**
 * A feedback item as its agent reads it: the evaluation written as sandwich feedback, whether it was acknowledged
 * or appealed, the deadlines, and every appeal with its decision.
 */
public record FeedbackView(
        UUID id,
        UUID evaluationId,
        int evaluationVersion,
        String agentId,
        String teamId,
        String callId,
        BigDecimal totalScore,
        boolean criticalFailed,
        Instant releasedAt,
        Status status,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant acknowledgeBy,
        boolean acknowledgementOverdue,
        Instant appealDeadline,
        int appealsLeft,
        List<AppealView> appeals,
        SandwichFeedback.Written feedback) {

    /** PENDING: neither acknowledged nor under appeal; APPEALED: an appeal is open. */
    public enum Status { PENDING, ACKNOWLEDGED, APPEALED }

    static FeedbackView of(FeedbackItem item, FileEntry evaluation, List<Appeal> appeals, AppealRules rules,
            Duration acknowledgeWithin, FeedbackLanguage language, Instant now) {
        boolean appealOpen = appeals.stream().anyMatch(a -> a.state().open());
        Status status = item.acknowledged() ? Status.ACKNOWLEDGED : appealOpen ? Status.APPEALED : Status.PENDING;
        Instant acknowledgeBy = item.releasedAt.plus(acknowledgeWithin);
        return new FeedbackView(item.id, item.evaluationId, item.evaluationVersion, item.agentId, item.teamId,
                item.callId, evaluation.totalScore, evaluation.criticalFailed, item.releasedAt, status,
                item.acknowledgedAt, item.acknowledgedBy, acknowledgeBy,
                status == Status.PENDING && now.isAfter(acknowledgeBy), rules.deadline(item.releasedAt),
                rules.left(appeals), appeals.stream().map(AppealView::of).toList(),
                SandwichFeedback.write(language, evaluation.items, evaluation.comment, evaluation.totalScore,
                        evaluation.criticalFailed));
    }
}
