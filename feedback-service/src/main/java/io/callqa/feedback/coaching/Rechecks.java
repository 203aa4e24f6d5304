package io.callqa.feedback.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.callqa.events.SampleSelected;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The re-check loop (复检): an evaluation sampled under rule RECHECK belongs to the plan its detail names (else to
 * the agent's oldest COMPLETED plan). Once the plan has {@code recheckCount} of them, its goal decides it:
 * VERIFIED, or FAILED and a new plan (RECHECK_FAILED) on the same items and goal with a QA lead as coach.
 */
@ApplicationScoped
public class Rechecks {

    private final CoachingConfig config;
    private final CoachingMetrics metrics;
    private final Clock clock;

    public Rechecks(CoachingConfig config, CoachingMetrics metrics, Clock clock) {
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Files {@code current} (the newest figures of {@code event}'s evaluation) with its plan, if {@code event} is
     * a re-check; an escalated plan is persisted and added to {@code plans}.
     */
    Uni<Void> file(Scored event, Scored current, List<CoachingPlan> plans) {
        Optional<SampleSelected.Reason> reason = RecheckReason.find(event.reasons());
        if (reason.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Optional<CoachingPlan> plan = planOf(reason.get(), plans);
        if (plan.isEmpty() || plan.get().state() != PlanState.COMPLETED) {
            return Uni.createFrom().voidItem();
        }
        CoachingPlan p = plan.get();
        p.rechecks = Recheck.with(p.rechecks, Recheck.of(current, p.weakItems));
        if (!p.goal().decidable(p.rechecks)) {
            return Uni.createFrom().voidItem();
        }
        return decide(p).map(escalated -> {
            escalated.ifPresent(plans::add);
            return null;
        }).replaceWithVoid();
    }

    private static Optional<CoachingPlan> planOf(SampleSelected.Reason reason, List<CoachingPlan> plans) {
        Optional<UUID> named = RecheckReason.planId(reason);
        Optional<CoachingPlan> found = named.flatMap(id -> plans.stream().filter(p -> p.planId.equals(id)).findFirst());
        if (found.isPresent()) {
            return found;
        }
        return plans.stream().filter(p -> p.state() == PlanState.COMPLETED).min(Comparator.comparing(p -> p.createdAt));
    }

    private Uni<Optional<CoachingPlan>> decide(CoachingPlan plan) {
        Instant now = clock.instant();
        plan.state().check(PlanState.Action.DECIDE);
        boolean met = plan.goal().metBy(plan.rechecks);
        PlanState outcome = met ? PlanState.VERIFIED : PlanState.FAILED;
        List<Recheck> counted = plan.rechecks.stream().limit(plan.recheckCount).toList();
        plan.moveTo(outcome, AutomaticPlans.SYSTEM, now, "re-check " + (met ? "met" : "missed") + " the goal "
                + plan.goalKind + " in " + String.join(", ", AutomaticPlans.ids(counted).stream().map(UUID::toString).toList()));
        plan.decidedAt = now;
        metrics.decided(outcome);
        if (met) {
            return Uni.createFrom().item(Optional.empty());
        }
        CoachingPlan next = CoachingPlan.open(plan.agentId, plan.teamId, Trigger.RECHECK_FAILED, plan.weakItems,
                plan.goal(), now.plus(config.dueIn()), CoachRole.QA_LEAD, config.escalationCoach().orElse(null),
                AutomaticPlans.SYSTEM, now);
        next.triggerKey = Trigger.RECHECK_FAILED + ":" + plan.planId;
        next.escalatedFrom = plan.planId;
        next.evidence = AutomaticPlans.ids(counted);
        metrics.created(Trigger.RECHECK_FAILED);
        return next.persist().replaceWith(Optional.of(next));
    }
}
