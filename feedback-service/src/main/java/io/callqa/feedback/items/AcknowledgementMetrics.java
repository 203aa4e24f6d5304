package io.callqa.feedback.items;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.feedback.unacknowledged.overdue}: feedback items neither acknowledged nor under an open appeal
 * {@code qa.feedback.items.acknowledge-within} (3 days) after the agent received them, counted from the database
 * every {@code qa.feedback.items.metrics-every} (30 s), so every instance reports the same figure.
 */
@ApplicationScoped
public class AcknowledgementMetrics {

    private static final String OVERDUE = """
            select count(*) from feedback_item f
            where f.acknowledged_at is null and f.released_at < :cutoff
              and not exists (select 1 from appeal a where a.evaluation_id = f.evaluation_id
                              and a.state in ('FILED', 'UNDER_REVIEW'))""";

    private final AtomicLong overdue = new AtomicLong();
    private final FeedbackConfig config;
    private final Clock clock;

    public AcknowledgementMetrics(MeterRegistry registry, FeedbackConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        Gauge.builder("qa.feedback.unacknowledged.overdue", overdue, AtomicLong::get).register(registry);
    }

    @Scheduled(every = "${qa.feedback.items.metrics-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> count() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(OVERDUE, Long.class)
                .setParameter("cutoff", clock.instant().minus(config.acknowledgeWithin())).getSingleResult()))
                .invoke(overdue::set)
                .replaceWithVoid();
    }
}
