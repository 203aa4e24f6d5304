package io.callqa.scoring.evaluations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.scorecards.Scorecards;
import io.callqa.scoring.tasks.Task;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scores a task on the newest version of the scorecard and releases the evaluation: stored, the task closed and
 * {@code EvaluationReleased} put in the outbox, all in the caller's transaction ({@link Transactions#run}).
 */
@ApplicationScoped
public class EvaluationService {

    private final Scorecards scorecards;
    private final Outbox outbox;
    private final ScoringConfig config;
    private final MeterRegistry registry;
    private final Clock clock;

    public EvaluationService(Scorecards scorecards, Outbox outbox, ScoringConfig config, MeterRegistry registry,
            Clock clock) {
        this.scorecards = scorecards;
        this.outbox = outbox;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    public Uni<Evaluation> submit(EvaluationRequest request, Caller caller) {
        return Task.<Task>findById(request.taskId())
                .invoke(task -> checkMayEvaluate(task, request.taskId(), caller))
                .chain(task -> scorecards.current(config.defaultScorecard())
                        .chain(card -> release(task, card, request, caller.id())));
    }

    private static void checkMayEvaluate(Task task, UUID taskId, Caller caller) {
        if (task == null) {
            throw ProblemException.invalid("taskId", "no task " + taskId);
        }
        if (caller.id().equals(task.agentId)) {
            throw ProblemException.forbidden("nobody evaluates their own calls");
        }
        if (!caller.scope().allows(task.agentId, task.teamId)) {
            throw ProblemException.forbidden("you may not evaluate calls of team " + task.teamId);
        }
        if (!task.isOpen()) {
            throw ProblemException.conflict("task " + taskId + " has already been evaluated");
        }
    }

    private Uni<Evaluation> release(Task task, Scorecard card, EvaluationRequest request, String evaluatorId) {
        List<FieldError> errors = ScoreCalculator.check(card, request.items());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Evaluation evaluation = evaluation(task, card, request, evaluatorId, clock.instant());
        return Task.update("status = ?1 where taskId = ?2 and status = ?3", Task.Status.DONE.name(), task.taskId,
                        Task.Status.OPEN.name())
                .invoke(updated -> {
                    if (updated == 0) {
                        throw ProblemException.conflict("task " + task.taskId + " has just been evaluated by someone else");
                    }
                })
                .chain(() -> evaluation.<Evaluation>persist())
                .chain(() -> outbox.add(evaluation.released(UUID.randomUUID())))
                .invoke(() -> Transactions.afterCommit(() -> registry.counter("qa.evaluations.scored",
                        "problem_found", String.valueOf(evaluation.problemFound)).increment()))
                .replaceWith(evaluation);
    }

    private Evaluation evaluation(Task task, Scorecard card, EvaluationRequest request, String evaluatorId,
            Instant now) {
        Scoring scoring = ScoreCalculator.score(card, request.items());
        Evaluation e = new Evaluation();
        e.evaluationId = UUID.randomUUID();
        e.version = 1;
        e.taskId = task.taskId;
        e.sampleId = task.sampleId;
        e.callId = task.callId;
        e.agentId = task.agentId;
        e.teamId = task.teamId;
        e.evaluatorId = evaluatorId;
        e.scorecardId = card.id();
        e.scorecardVersion = card.version();
        e.totalScore = scoring.total();
        e.criticalFailed = scoring.criticalFailed();
        e.problemFound = scoring.problemFound(config.passMark(), request.serviceProblem());
        e.sendToQa = request.sendToQa();
        e.nominateExcellent = request.nominateExcellent();
        e.serviceProblem = request.serviceProblem();
        e.comment = request.comment();
        e.items = scoring.items();
        e.status = Evaluation.Status.RELEASED.name();
        e.releasedAt = now;
        e.createdAt = now;
        return e;
    }
}
