package io.callqa.feedback.appeals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealUnderReview;
import io.callqa.events.EvaluationEvent;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves appeals as the scoring service decides them: {@code AppealUnderReview} FILED → UNDER_REVIEW,
 * {@code AppealDecided} → UPHELD or REJECTED with the reason (the revised version itself arrives as
 * {@code EvaluationRevised} and is filed by the QA file). A decision never moves back to review.
 */
@ApplicationScoped
public class AppealDecisions implements EvaluationListener {

    private static final Logger LOG = Logger.getLogger(AppealDecisions.class);

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        List<EvaluationEvent> moves = events.stream()
                .filter(e -> e instanceof AppealUnderReview || e instanceof AppealDecided).toList();
        if (moves.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = moves.stream().map(AppealDecisions::appealId).distinct().toList();
        return Appeal.<Appeal>list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(a -> a.id, a -> a)))
                .invoke(appeals -> moves.forEach(e -> apply(appeals, e)))
                .replaceWithVoid();
    }

    private static UUID appealId(EvaluationEvent e) {
        return e instanceof AppealUnderReview r ? r.appealId() : ((AppealDecided) e).appealId();
    }

    private static void apply(Map<UUID, Appeal> appeals, EvaluationEvent e) {
        Appeal appeal = appeals.get(appealId(e));
        if (appeal == null) {
            // filed elsewhere (or before this database): nothing here to move; the event stays on the topic
            LOG.warnf("%s for appeal %s, which was not filed through this service", e.type(), appealId(e));
            return;
        }
        if (e instanceof AppealUnderReview review) {
            if (appeal.state() == Appeal.State.FILED) {
                appeal.state = Appeal.State.UNDER_REVIEW.name();
                appeal.reviewerId = review.reviewerId();
                appeal.reviewStartedAt = review.occurredAt();
            }
            return;
        }
        AppealDecided decided = (AppealDecided) e;
        appeal.state = decided.decision().name();
        appeal.decisionReason = decided.reason();
        appeal.decidedBy = decided.decidedBy();
        appeal.decidedAt = decided.decidedAt() != null ? decided.decidedAt() : decided.occurredAt();
        appeal.revisedVersion = decided.revisedVersion();
    }
}
