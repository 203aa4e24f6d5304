package io.callqa.scoring.appeals;

import java.time.Clock;
import java.util.UUID;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealUnderReview;
import io.callqa.events.EvaluationRevised;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.scoring.evaluations.Evaluation;
import io.callqa.scoring.evaluations.ReviewService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Takes up and decides appeals: a QA lead other than the evaluation's evaluator may take a case up
 * ({@code AppealUnderReview}), and upholds it with revised items (a new version, {@code EvaluationRevised}) or
 * rejects it with a reason; either way {@code AppealDecided}. In the caller's transaction.
 */
@ApplicationScoped
public class AppealService {

    private final ReviewService reviews;
    private final Outbox outbox;
    private final Clock clock;

    public AppealService(ReviewService reviews, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A QA lead takes the case up: UNDER_REVIEW, published as {@code AppealUnderReview}. */
    public Uni<Appeal> take(UUID appealId, Caller caller) {
        return undecided(appealId, caller).chain(pair -> {
            Appeal a = pair.appeal();
            if (!Appeal.Status.OPEN.name().equals(a.status)) {
                throw ProblemException.conflict("appeal " + appealId + " is already under review by " + a.reviewerId);
            }
            a.status = Appeal.Status.UNDER_REVIEW.name();
            a.reviewerId = caller.id();
            return outbox.add(new AppealUnderReview(UUID.randomUUID(), clock.instant(), a.appealId, a.evaluationId,
                    a.agentId, a.teamId, caller.id())).replaceWith(a);
        });
    }

    public Uni<Appeal> decide(UUID appealId, DecisionRequest request, Caller caller) {
        return undecided(appealId, caller).chain(pair -> request.decision() == AppealDecided.Decision.UPHELD
                ? uphold(pair.appeal(), pair.evaluation(), request, caller.id())
                : record(pair.appeal(), request, caller.id()));
    }

    private record Case(Appeal appeal, Evaluation evaluation) {
    }

    /** The undecided appeal, locked, with its evaluation; 403 for the evaluation's own evaluator. */
    private static Uni<Case> undecided(UUID appealId, Caller caller) {
        return Appeal.<Appeal>findById(appealId, LockModeType.PESSIMISTIC_WRITE).invoke(a -> {
            if (a == null) {
                throw ProblemException.notFound("no appeal " + appealId);
            }
            if (!a.isUndecided()) {
                throw ProblemException.conflict("appeal " + appealId + " was already decided: " + a.status);
            }
        }).chain(a -> Evaluation.<Evaluation>findById(a.evaluationId).map(e -> {
            if (caller.id().equals(e.evaluatorId)) {
                throw ProblemException.forbidden("the evaluator of evaluation " + e.evaluationId
                        + " may not decide its appeal");
            }
            return new Case(a, e);
        }));
    }

    private Uni<Appeal> uphold(Appeal a, Evaluation e, DecisionRequest request, String lead) {
        if (request.items() == null || request.items().isEmpty()) {
            throw ProblemException.invalid("items", "an upheld appeal names the revised items");
        }
        var revision = new Evaluation.Revision(e.version, EvaluationRevised.Cause.APPEAL_UPHELD, a.appealId,
                request.reason(), lead);
        return reviews.revise(e, request.items(), revision).chain(revised -> {
            a.revisedVersion = revised.version;
            return record(a, request, lead);
        });
    }

    private Uni<Appeal> record(Appeal a, DecisionRequest request, String lead) {
        a.status = request.decision().name();
        a.decidedBy = lead;
        a.decidedAt = clock.instant();
        a.decisionReason = request.reason();
        return outbox.add(new AppealDecided(UUID.randomUUID(), a.decidedAt, a.appealId, a.evaluationId,
                a.evaluationVersion, a.agentId, a.teamId, request.decision(), request.reason(), lead,
                a.revisedVersion, a.decidedAt)).replaceWith(a);
    }
}
