package io.callqa.scoring.tasks;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The work queue as gauges, counted from the database every {@code qa.scoring.metrics-every} (30 s):
 * {@code qa.tasks.open{queue=shared|assigned}}, {@code qa.tasks.overdue} (open and past due: flagged and counted,
 * never dropped), {@code qa.evaluations.in_review} and {@code qa.appeals.open}.
 */
@ApplicationScoped
public class WorkQueueMetrics {

    private static final String COUNTS = """
            select
              (select count(*) from task where status = 'OPEN' and assignee is null),
              (select count(*) from task where status = 'OPEN' and assignee is not null),
              (select count(*) from task where status = 'OPEN' and due_at < now()),
              (select count(*) from evaluation where status = 'IN_REVIEW'),
              (select count(*) from appeal where status = 'OPEN')""";

    private final AtomicLong shared = new AtomicLong();
    private final AtomicLong assigned = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong inReview = new AtomicLong();
    private final AtomicLong openAppeals = new AtomicLong();

    public WorkQueueMetrics(MeterRegistry registry) {
        Gauge.builder("qa.tasks.open", shared, AtomicLong::get).tag("queue", "shared").register(registry);
        Gauge.builder("qa.tasks.open", assigned, AtomicLong::get).tag("queue", "assigned").register(registry);
        Map.of("qa.tasks.overdue", overdue, "qa.evaluations.in_review", inReview, "qa.appeals.open", openAppeals)
                .forEach((name, value) -> Gauge.builder(name, value, AtomicLong::get).register(registry));
    }

    @Scheduled(every = "${qa.scoring.metrics-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(COUNTS, Object[].class)
                .getSingleResult())).invoke(row -> {
                    shared.set(((Number) row[0]).longValue());
                    assigned.set(((Number) row[1]).longValue());
                    overdue.set(((Number) row[2]).longValue());
                    inReview.set(((Number) row[3]).longValue());
                    openAppeals.set(((Number) row[4]).longValue());
                }).replaceWithVoid();
    }
}
