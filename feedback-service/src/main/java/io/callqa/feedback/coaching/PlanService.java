package io.callqa.feedback.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CoachingCompleted;
import io.callqa.feedback.roster.TeamMembership;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * The plan lifecycle by REST, each in the caller's transaction: create (MANUAL), edit, start, tick tasks off,
 * complete (publishing {@code CoachingCompleted} through the outbox) and close. Checks in this order: unknown plan
 * 404, caller 403, state 409, stale {@code lockVersion} 409, then the body's meaning 400.
 */
@ApplicationScoped
public class PlanService {

    private final CoachingConfig config;
    private final TeamMembership membership;
    private final CoachingMetrics metrics;
    private final Outbox outbox;
    private final Clock clock;

    public PlanService(CoachingConfig config, CoachingMetrics metrics, TeamMembership membership, Outbox outbox,
            Clock clock) {
        this.config = config;
        this.membership = membership;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<CoachingPlan> create(PlanRequest r, Caller caller) {
        PlanAccess.checkManages(caller, r.teamId());
        return membership.check(caller, r.agentId(), r.teamId(), true).chain(() -> open(r, caller));
    }

    private Uni<CoachingPlan> open(PlanRequest r, Caller caller) {
        Instant now = clock.instant();
        PlanEdits.checkItems(r.weakItems());
        Goal goal = PlanEdits.goal(r.goalKind(), r.recheckCount() != null ? r.recheckCount() : config.recheckCount(),
                null, r.goalAverage());
        Instant due = r.dueAt() != null ? PlanEdits.checkDue(r.dueAt(), now) : now.plus(config.dueIn());
        CoachingPlan plan = CoachingPlan.open(r.agentId(), r.teamId(), Trigger.MANUAL, r.weakItems(), goal, due,
                r.coachRole() != null ? r.coachRole() : CoachRole.TEAM_LEAD, r.coachId(), caller.id(), now);
        if (r.note() != null && !r.note().isBlank()) {
            plan.note(caller.id(), now, r.note());
        }
        metrics.created(Trigger.MANUAL);
        return plan.persist().replaceWith(plan);
    }

    public Uni<CoachingPlan> edit(UUID planId, PlanEdit edit, Caller caller) {
        return locked(planId).invoke(p -> {
            PlanAccess.checkManages(caller, p.teamId);
            require(p, PlanState.Action.EDIT);
            if (p.lockVersion != edit.lockVersion()) {
                throw ProblemException.conflict("coaching plan " + planId + " was changed meanwhile (lockVersion "
                        + p.lockVersion + ", you sent " + edit.lockVersion() + "); read it again");
            }
            PlanEdits.apply(p, edit, caller.id(), clock.instant());
        });
    }

    public Uni<CoachingPlan> start(UUID planId, Caller caller) {
        return locked(planId).invoke(p -> {
            PlanAccess.checkAgentOrManages(caller, p);
            move(p, PlanState.Action.START, caller.id(), null);
        });
    }

    public Uni<CoachingPlan> markDone(UUID planId, UUID taskId, Caller caller) {
        return locked(planId).invoke(p -> {
            PlanAccess.checkAgentOrCoach(caller, p);
            PlanTask task = p.tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("coaching plan " + planId + " has no task " + taskId));
            require(p, PlanState.Action.MARK_TASK_DONE);
            if (task.done()) {
                return;
            }
            Instant now = clock.instant();
            List<PlanTask> tasks = new ArrayList<>();
            p.tasks.forEach(t -> tasks.add(t.taskId().equals(taskId) ? t.markedDone(caller.id(), now) : t));
            p.tasks = List.copyOf(tasks);
            p.note(caller.id(), now, "task " + taskId + " done: " + task.kind() + " " + task.itemId());
        });
    }

    public Uni<CoachingPlan> complete(UUID planId, Caller caller) {
        return locked(planId).chain(p -> {
            PlanAccess.checkCoaches(caller, p);
            require(p, PlanState.Action.COMPLETE);
            List<String> open = p.tasks.stream().filter(t -> !t.done()).map(t -> t.taskId().toString()).toList();
            if (!open.isEmpty()) {
                throw ProblemException.conflict("coaching plan " + planId + " still has " + open.size()
                        + " task(s) not done: " + String.join(", ", open));
            }
            Instant now = clock.instant();
            move(p, PlanState.Action.COMPLETE, caller.id(), null);
            return outbox.add(new CoachingCompleted(UUID.randomUUID(), now, p.planId, p.agentId, p.teamId,
                    p.weakItems, p.goal().kind(), p.goalAverage, p.recheckCount, caller.id(), now)).replaceWith(p);
        });
    }

    public Uni<CoachingPlan> close(UUID planId, CloseRequest request, Caller caller) {
        return locked(planId).invoke(p -> {
            PlanAccess.checkManages(caller, p.teamId);
            move(p, PlanState.Action.CLOSE, caller.id(), request.reason());
            p.closeReason = request.reason();
            metrics.closed();
        });
    }

    private void move(CoachingPlan p, PlanState.Action action, String by, String note) {
        require(p, action);
        p.moveTo(p.state().after(action), by, clock.instant(), note);
    }

    /** 409 naming the plan's state unless it allows {@code action}. */
    static void require(CoachingPlan p, PlanState.Action action) {
        try {
            p.state().check(action);
        } catch (PlanState.WrongState e) {
            throw ProblemException.conflict("coaching plan " + p.planId + ": " + e.getMessage());
        }
    }

    /** The plan, locked for the change, or 404. */
    static Uni<CoachingPlan> locked(UUID planId) {
        return CoachingPlan.<CoachingPlan>findById(planId, LockModeType.PESSIMISTIC_WRITE).invoke(p -> {
            if (p == null) {
                throw ProblemException.notFound("no coaching plan " + planId);
            }
        });
    }
}
