package io.callqa.scoring.evaluations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.calibration.CalibrationStanding;
import io.callqa.scoring.plans.TaskAssignments;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.scorecards.Scorecards;
import io.callqa.scoring.tasks.Task;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response.Status;

/**
 * An evaluator's side of an evaluation: scoring a task (as a DRAFT or submitted at once), changing the draft and
 * submitting it. Submitting closes the task and routes the evaluation to its review levels, or releases it when
 * there are none; the freed capacity takes waiting tasks. Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class EvaluationService {

    private final Scorecards scorecards;
    private final Releases releases;
    private final AuditTrail audit;
    private final CalibrationStanding calibration;
    private final TaskAssignments assignments;
    private final ScoringConfig config;
    private final Clock clock;

    public EvaluationService(Scorecards scorecards, Releases releases, AuditTrail audit,
            CalibrationStanding calibration, TaskAssignments assignments, ScoringConfig config, Clock clock) {
        this.assignments = assignments;
        this.scorecards = scorecards;
        this.releases = releases;
        this.audit = audit;
        this.calibration = calibration;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Evaluation> create(EvaluationRequest request, Caller caller) {
        return Task.<Task>findById(request.taskId(), LockModeType.PESSIMISTIC_WRITE)
                .invoke(task -> TaskChecks.checkMayEvaluate(task, request.taskId(), caller))
                .call(task -> Evaluation.count("taskId", task.taskId).invoke(n -> {
                    if (n > 0) {
                        throw ProblemException.conflict("task " + task.taskId + " already has an evaluation");
                    }
                }))
                .chain(task -> scorecards.current(config.defaultScorecard())
                        .chain(card -> draft(task, card, request, caller.id())))
                .chain(e -> request.submitNow() ? submit(e, caller) : Uni.createFrom().item(e));
    }

    public Uni<Evaluation> update(UUID evaluationId, DraftRequest request, Caller caller) {
        return Evaluations.mine(evaluationId, request.lockVersion(), caller, Evaluation.Status.DRAFT)
                .chain(e -> scorecards.version(e.scorecardId, e.scorecardVersion).chain(card -> {
                    var before = e.items;
                    var totalBefore = e.totalScore;
                    e.score(scored(card, request.items()), request.effectiveFlags(), request.comment(), config.passMark());
                    e.updatedAt = clock.instant();
                    return audit.record(e, caller.id(), "EDIT", e.status, null,
                            Change.between(before, totalBefore, e.items, e.totalScore)).replaceWith(e);
                }));
    }

    public Uni<Evaluation> submit(UUID evaluationId, int lockVersion, Caller caller) {
        return Evaluations.mine(evaluationId, lockVersion, caller, Evaluation.Status.DRAFT)
                .chain(e -> submit(e, caller));
    }

    private Uni<Evaluation> submit(Evaluation e, Caller caller) {
        String actor = caller.id();
        boolean byTeamLead = caller.hasRole(Roles.TEAM_LEAD);
        String from = e.status;
        Instant now = clock.instant();
        e.status = Evaluation.Status.SUBMITTED.name();
        e.submittedAt = now;
        e.updatedAt = now;
        return audit.record(e, actor, "SUBMIT", from, null, List.of())
                .chain(() -> Task.update("status = ?1, doneAt = ?2, doneBy = ?3 where taskId = ?4 and status = ?5",
                        Task.Status.DONE.name(), now, actor, e.taskId, Task.Status.OPEN.name()))
                .chain(() -> calibration.flagged(e.evaluatorId))
                .chain(flagged -> route(e, ReviewRoute.levels(e.problemFound, flagged, byTeamLead, config.review()),
                        actor))
                .call(assignments::assignWaiting)
                .replaceWith(e);
    }

    private Uni<Void> route(Evaluation e, List<String> levels, String actor) {
        e.reviewLevels = List.copyOf(levels);
        if (levels.isEmpty()) {
            return releases.release(e, actor);
        }
        e.status = Evaluation.Status.IN_REVIEW.name();
        e.reviewLevel = 1;
        return audit.record(e, actor, "ROUTE", Evaluation.Status.SUBMITTED.name(),
                "review levels " + String.join(" → ", levels), List.of());
    }

    private Uni<Evaluation> draft(Task task, Scorecard card, EvaluationRequest request, String evaluatorId) {
        if (request.scorecardVersion() != null && request.scorecardVersion() != card.version()) {
            throw new ProblemException(Status.BAD_REQUEST, "scorecard " + card.id() + " is at version "
                    + card.version(), List.of(new FieldError("scorecardVersion", "is " + request.scorecardVersion()
                            + " but new evaluations are scored on " + card.id() + " v" + card.version())));
        }
        Evaluation e = Evaluation.of(task, card, evaluatorId, clock.instant());
        e.score(scored(card, request.items()), request.effectiveFlags(), request.comment(), config.passMark());
        return e.<Evaluation>persist()
                .call(() -> audit.record(e, evaluatorId, "CREATE", null, null, List.of()));
    }

    private static Scoring scored(Scorecard card, List<ItemScore> items) {
        List<FieldError> errors = ScoreCalculator.check(card, items);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return ScoreCalculator.score(card, items);
    }
}
