package io.callqa.scoring.evaluations;

import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationRevised;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.scorecards.Scorecards;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reviewers' side (多级审核): approve a level, return to the evaluator's draft, or adjust items and approve;
 * and a QA lead's correction of a released evaluation into a new version. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ReviewService {

    private final Scorecards scorecards;
    private final Releases releases;
    private final AuditTrail audit;
    private final ScoringConfig config;

    public ReviewService(Scorecards scorecards, Releases releases, AuditTrail audit, ScoringConfig config) {
        this.scorecards = scorecards;
        this.releases = releases;
        this.audit = audit;
        this.config = config;
    }

    public Uni<Evaluation> review(UUID evaluationId, ReviewRequest request, Caller caller) {
        return Evaluations.find(evaluationId).invoke(e -> checkMayReview(e, request.lockVersion(), caller))
                .chain(e -> switch (request.decision()) {
                    case RETURN -> giveBack(e, request, caller.id());
                    case ADJUST -> adjust(e, request, caller.id()).chain(() -> approve(e, caller.id()));
                    case APPROVE -> approve(e, caller.id());
                })
                .chain(() -> Evaluations.find(evaluationId));
    }

    public Uni<Evaluation> correct(UUID evaluationId, CorrectionRequest request, Caller caller) {
        return Evaluations.find(evaluationId).invoke(e -> Evaluations.checkLock(e, request.lockVersion()))
                .chain(e -> revise(e, request.items(), new Evaluation.Revision(e.version,
                        EvaluationRevised.Cause.CORRECTION, null, request.reason(), caller.id())));
    }

    /** A released evaluation with some items changed becomes a new version, scored on its own scorecard version. */
    public Uni<Evaluation> revise(Evaluation e, List<ItemScore> changes, Evaluation.Revision revision) {
        if (!e.isReleased()) {
            throw ProblemException.conflict("evaluation " + e.evaluationId + " is " + e.status
                    + "; only a released evaluation is revised");
        }
        return scorecards.version(e.scorecardId, e.scorecardVersion).chain(card -> releases.revise(e, card,
                ScoreCalculator.merge(card, verdicts(e), changes), revision)).replaceWith(e);
    }

    static List<ItemScore> verdicts(Evaluation e) {
        return e.items.stream().map(ItemScore::of).toList();
    }

    private void checkMayReview(Evaluation e, int lockVersion, Caller caller) {
        Evaluations.checkState(e, Evaluation.Status.IN_REVIEW);
        String role = e.reviewerRole();
        if (!ReviewRoute.mayReview(role, caller::hasRole)) {
            throw ProblemException.forbidden("level " + e.reviewLevel + " of evaluation " + e.evaluationId
                    + " is reviewed by a " + role);
        }
        if (caller.id().equals(e.evaluatorId) || caller.id().equals(e.agentId)) {
            throw ProblemException.forbidden("nobody reviews their own evaluation or an evaluation of their own call");
        }
        if (Roles.TEAM_LEAD.equals(role) && !caller.scope().allows(e.agentId, e.teamId)) {
            throw ProblemException.forbidden("level " + e.reviewLevel + " is reviewed by the team lead of " + e.teamId);
        }
        Evaluations.checkLock(e, lockVersion);
    }

    private Uni<Void> giveBack(Evaluation e, ReviewRequest request, String actor) {
        requireComment(request, "a returned evaluation needs a comment saying what to change");
        String from = e.status;
        e.status = Evaluation.Status.DRAFT.name();
        int level = e.reviewLevel;
        e.reviewLevel = 0;
        return audit.record(e, actor, "RETURN", from, "level " + level + ": " + request.comment(), List.of());
    }

    private Uni<Void> adjust(Evaluation e, ReviewRequest request, String actor) {
        requireComment(request, "an adjustment needs its reason");
        if (request.items() == null || request.items().isEmpty()) {
            throw ProblemException.invalid("items", "an adjustment names the items it changes");
        }
        return scorecards.version(e.scorecardId, e.scorecardVersion).chain(card -> {
            var before = e.items;
            var totalBefore = e.totalScore;
            var merged = ScoreCalculator.merge(card, verdicts(e), request.items());
            e.score(ScoreCalculator.score(card, merged), e.flags(), e.comment, config.passMark());
            return audit.record(e, actor, "ADJUST", e.status, request.comment(),
                    Change.between(before, totalBefore, e.items, e.totalScore));
        });
    }

    private Uni<Void> approve(Evaluation e, String actor) {
        if (e.reviewLevel == e.reviewLevels.size()) {
            return audit.record(e, actor, "APPROVE", e.status, "level " + e.reviewLevel, List.of())
                    .chain(() -> releases.release(e, actor));
        }
        int level = e.reviewLevel;
        e.reviewLevel++;
        return audit.record(e, actor, "APPROVE", e.status, "level " + level, List.of());
    }

    private static void requireComment(ReviewRequest request, String message) {
        if (request.comment() == null || request.comment().isBlank()) {
            throw ProblemException.invalid("comment", message);
        }
    }
}
