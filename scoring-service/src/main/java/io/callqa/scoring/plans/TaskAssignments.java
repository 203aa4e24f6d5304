package io.callqa.scoring.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.kit.center.CenterConfig;
import io.callqa.scoring.tasks.Task;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the {@link Assigner} over the waiting tasks under this month's plan, in the caller's transaction. Runs are
 * serialised across instances by a transaction-scoped advisory lock, so two never hand out the same capacity.
 * Without a plan for the month, nothing is assigned and tasks wait in the shared queue.
 */
@ApplicationScoped
public class TaskAssignments {

    private static final String LOCK = "select cast(pg_advisory_xact_lock(hashtext('callqa.task-assignment')) as text)";
    /** The waiting tasks in {@link Assigner#ORDER}: URGENT, REALTIME, HIGH, NORMAL; then due time and id. */
    private static final String WAITING = "status = ?1 and assignee is null order by case when priority = 'URGENT' then 0 "
            + "when mode = 'REALTIME' then 1 when priority = 'HIGH' then 2 else 3 end, dueAt, taskId";

    private final Workloads workloads;
    private final AssignmentConfig config;
    private final CenterConfig center;
    private final Clock clock;

    public TaskAssignments(Workloads workloads, AssignmentConfig config, CenterConfig center, Clock clock) {
        this.workloads = workloads;
        this.config = config;
        this.center = center;
        this.clock = clock;
    }

    public Uni<Integer> assignWaiting() {
        Instant now = clock.instant();
        MonthKey month = MonthKey.of(now, center.zone());
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCK).getSingleResult())
                .chain(() -> workloads.of(month, center.zone(), now))
                .chain(plan -> hasRoom(plan) ? assign(plan, now) : Uni.createFrom().item(0));
    }

    /** Someone in the plan holds fewer open tasks than the cap; otherwise the waiting tasks need not be read. */
    private boolean hasRoom(List<PlanProgress> plan) {
        return room(plan) > 0;
    }

    /** How many tasks the plan's people may still take, together. */
    private long room(List<PlanProgress> plan) {
        return plan.stream().mapToLong(p -> Math.max(0, config.openCap() - p.open())).sum();
    }

    private Uni<Integer> assign(List<PlanProgress> plan, Instant now) {
        List<Workload> people = plan.stream().map(p -> new Workload(p.personId(), p.target(), p.done(), p.open()))
                .toList();
        // twice the room: tasks on a planned person's own call may be passed over by them
        int read = (int) Math.min(config.batch(), 2 * room(plan) + 16);
        return Task.<Task>find(WAITING, Task.Status.OPEN.name()).page(Page.ofSize(read)).list()
                .map(waiting -> {
                    Map<UUID, Task> byId = waiting.stream().collect(Collectors.toMap(t -> t.taskId, t -> t));
                    List<Assignment> made = new Assigner(config.openCap()).assign(
                            waiting.stream().map(TaskAssignments::candidate).toList(), people);
                    made.forEach(a -> byId.get(a.taskId()).assignTo(a.personId(), now));
                    return made.size();
                });
    }

    private static Candidate candidate(Task t) {
        return new Candidate(t.taskId, t.priority, t.mode, t.dueAt, t.agentId);
    }
}
