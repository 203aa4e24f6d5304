package io.callqa.feedback.alerts;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.feedback.alerts.raised{kind}} (counted after the raising transaction commits) and
 * {@code qa.feedback.alerts.unacknowledged{kind}}, counted from the database every
 * {@code qa.feedback.alerts.metrics-every} (30 s), so every instance reports the same figure.
 */
@ApplicationScoped
public class AlertMetrics {

    private final MeterRegistry registry;
    private final Map<AlertKind, AtomicLong> unacknowledged = new EnumMap<>(AlertKind.class);

    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (AlertKind kind : AlertKind.values()) {
            AtomicLong value = new AtomicLong();
            unacknowledged.put(kind, value);
            Gauge.builder("qa.feedback.alerts.unacknowledged", value, AtomicLong::get)
                    .description("alerts not yet acknowledged").tag("kind", kind.name()).register(registry);
        }
    }

    void raised(AlertKind kind) {
        registry.counter("qa.feedback.alerts.raised", "kind", kind.name()).increment();
    }

    @Scheduled(every = "${qa.feedback.alerts.metrics-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "select kind, count(*) from alert where acknowledged_at is null group by kind", Object[].class)
                .getResultList()))
                .invoke(rows -> {
                    unacknowledged.values().forEach(v -> v.set(0));
                    for (Object[] row : rows) {
                        AtomicLong value = unacknowledged.get(AlertKind.valueOf((String) row[0]));
                        if (value != null) {
                            value.set(((Number) row[1]).longValue());
                        }
                    }
                }).replaceWithVoid();
    }
}
