package io.callqa.sampling.intervals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.intervals.closed{verdict}} and {@code qa.interval.service.level{scope}}: the service level of the
 * latest closed interval per scope (CENTER, or each queue), NaN while it had no verdict.
 */
@ApplicationScoped
public class IntervalMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> latest = new ConcurrentHashMap<>();

    public IntervalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void closed(List<IntervalRow> rows, BigDecimal target) {
        rows.stream().sorted(Comparator.comparing(IntervalRow::startAt)).forEach(row -> {
            registry.counter("qa.intervals.closed", "verdict", row.level().verdict(target).name()).increment();
            double value = row.level().value().map(BigDecimal::doubleValue).orElse(Double.NaN);
            gauge(row.scopeKey()).set(value);
        });
    }

    private AtomicReference<Double> gauge(String scope) {
        return latest.computeIfAbsent(scope, s -> {
            AtomicReference<Double> ref = new AtomicReference<>(Double.NaN);
            Gauge.builder("qa.interval.service.level", ref, AtomicReference::get)
                    .description("service level of the latest closed interval")
                    .tag("scope", s).register(registry);
            return ref;
        });
    }
}
