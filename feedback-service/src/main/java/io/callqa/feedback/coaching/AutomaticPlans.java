package io.callqa.feedback.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.kit.center.CenterConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * What one evaluation does to its agent's plans, in the batch's transaction: first, if it is a re-check, it is
 * filed with its plan and may decide it; then the automatic triggers ({@link TriggerRules}).
 * <p>
 * Never a second automatic plan for items an open plan (OPEN, IN_PROGRESS, COMPLETED) already covers: a trigger's
 * items that no open plan covers are added, with their tasks, to the agent's newest OPEN or IN_PROGRESS plan; only
 * when there is none (or the open plan is COMPLETED, waiting for its re-check, whose goal must not change under it)
 * do they get a plan of their own. Each trigger raises at most one plan ({@code trigger_key}), so a redelivered or
 * revised evaluation raises nothing twice.
 */
@ApplicationScoped
public class AutomaticPlans {

    static final String SYSTEM = "feedback-service";

    private final EvaluationHistory history;
    private final Rechecks rechecks;
    private final CoachingConfig config;
    private final CenterConfig center;
    private final CoachingMetrics metrics;
    private final Clock clock;

    public AutomaticPlans(EvaluationHistory history, Rechecks rechecks, CoachingConfig config, CenterConfig center,
            CoachingMetrics metrics, Clock clock) {
        this.history = history;
        this.rechecks = rechecks;
        this.config = config;
        this.center = center;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Handles {@code event} (one evaluation version of {@code batch}); flushes its changes. */
    public Uni<Void> on(Scored event, List<Scored> batch) {
        return history.firstRelease(event.evaluationId(), event.placedAt())
                .chain(placed -> history.ofAgent(event.agentId(), lookBackFrom(placed), batch))
                .chain(evaluations -> plansOf(event.agentId()).chain(plans -> {
                    Scored current = evaluations.stream()
                            .filter(s -> s.evaluationId().equals(event.evaluationId())).findFirst().orElse(event);
                    return rechecks.file(event, current, plans)
                            .chain(() -> raise(current, evaluations, plans, event.placedAt()));
                }))
                .chain(Panache::flush);
    }

    /** The earlier of the start of the evaluation's month and the start of the repeat window before it. */
    private Instant lookBackFrom(Instant placed) {
        Instant monthStart = YearMonth.from(placed.atZone(center.zone())).atDay(1)
                .atStartOfDay(center.zone()).toInstant();
        Instant windowStart = placed.minus(config.repeatWindow());
        return monthStart.isBefore(windowStart) ? monthStart : windowStart;
    }

    private static Uni<List<CoachingPlan>> plansOf(String agentId) {
        return CoachingPlan.<CoachingPlan>find("agentId = ?1 order by createdAt", agentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(ArrayList::new);
    }

    private Uni<Void> raise(Scored current, List<Scored> evaluations, List<CoachingPlan> plans, Instant asOf) {
        List<Detection> detections = rules().detect(current, evaluations,
                (item, id) -> plans.stream().anyMatch(p -> p.covers(item) && p.evidence.contains(id)), asOf);
        List<CoachingPlan> created = new ArrayList<>();
        for (Detection d : detections) {
            apply(d, current, plans).ifPresent(p -> {
                plans.add(p);
                created.add(p);
            });
        }
        created.forEach(p -> metrics.created(Trigger.valueOf(p.trigger)));
        return created.isEmpty() ? Uni.createFrom().voidItem() : CoachingPlan.persist(created);
    }

    /** The new plan {@code d} raises, if any; items it adds to an open plan change that plan in place. */
    private Optional<CoachingPlan> apply(Detection d, Scored current, List<CoachingPlan> plans) {
        if (plans.stream().anyMatch(p -> d.key().equals(p.triggerKey))) {
            return Optional.empty();
        }
        Set<String> covered = plans.stream().filter(p -> p.state().isOpen())
                .flatMap(p -> p.weakItems.stream()).collect(Collectors.toSet());
        List<String> fresh = d.weakItems().stream().filter(i -> !covered.contains(i)).toList();
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<CoachingPlan> target = plans.stream()
                .filter(p -> p.state() == PlanState.OPEN || p.state() == PlanState.IN_PROGRESS)
                .max(Comparator.comparing(p -> p.createdAt));
        if (target.isPresent()) {
            target.get().addItems(fresh, d.evidence());
            target.get().note(SYSTEM, now, "items " + String.join(", ", fresh) + " added: " + d.trigger());
            return Optional.empty();
        }
        CoachingPlan plan = CoachingPlan.open(current.agentId(), current.teamId(), d.trigger(), fresh, d.goal(),
                now.plus(config.dueIn()), CoachRole.TEAM_LEAD, null, SYSTEM, now);
        plan.triggerKey = d.key();
        plan.evidence = d.evidence();
        return Optional.of(plan);
    }

    TriggerRules rules() {
        return new TriggerRules(new TriggerRules.Thresholds(config.passMark(), config.minEvaluations(),
                config.goalAverage(), config.weakItems(), config.repeatCount(), config.repeatWindow(),
                config.recheckCount(), center.zone()));
    }

    static List<UUID> ids(List<Recheck> rechecks) {
        return rechecks.stream().map(Recheck::evaluationId).toList();
    }
}
