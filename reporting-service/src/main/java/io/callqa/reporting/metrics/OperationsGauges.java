package io.callqa.reporting.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gauges over the read models, holding the last computed {@link OperationsFigures}. Tags come from bounded sets
 * only: scope and the queues with a recent interval, the two sample modes, the teams evaluated this month.
 */
@ApplicationScoped
public class OperationsGauges {

    static final List<String> MODES = List.of("REALTIME", "POSTHOC");

    private final TaggedGauge serviceLevel;
    private final TaggedGauge serviceLevelTarget;
    private final TaggedGauge teamAverage;
    private final Map<String, AtomicLong> backlog = new LinkedHashMap<>();
    private final Map<String, AtomicLong> overdue = new LinkedHashMap<>();
    private final AtomicLong openAppeals = new AtomicLong();

    public OperationsGauges(MeterRegistry registry) {
        serviceLevel = new TaggedGauge(registry, "qa.service_level.latest",
                "service level (0..1) of the latest closed interval, per scope and queue");
        serviceLevelTarget = new TaggedGauge(registry, "qa.service_level.target",
                "service-level target (0..1) of the latest closed interval, per scope and queue");
        teamAverage = new TaggedGauge(registry, "qa.score.month_to_date",
                "month-to-date average total score (latest versions) per team, center month");
        for (String mode : MODES) {
            backlog.put(mode, register(registry, "qa.samples.backlog", "samples not yet evaluated", mode));
            overdue.put(mode, register(registry, "qa.evaluations.overdue", "samples past due and not evaluated", mode));
        }
        Gauge.builder("qa.appeals.open", openAppeals, AtomicLong::get).description("appeals filed and not decided")
                .register(registry);
    }

    private static AtomicLong register(MeterRegistry registry, String name, String description, String mode) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).description(description).tag("mode", mode).register(registry);
        return value;
    }

    void show(OperationsFigures figures) {
        Map<Tags, Double> levels = new LinkedHashMap<>();
        Map<Tags, Double> targets = new LinkedHashMap<>();
        figures.serviceLevels().forEach((at, level) -> {
            Tags tags = Tags.of("scope", at.scope(), "queue", at.queue());
            levels.put(tags, level.serviceLevel());
            if (level.target() != null) {
                targets.put(tags, level.target());
            }
        });
        serviceLevel.show(levels);
        serviceLevelTarget.show(targets);
        Map<Tags, Double> teams = new LinkedHashMap<>();
        figures.teamAverages().forEach((team, average) -> teams.put(Tags.of("team", team), average));
        teamAverage.show(teams);
        MODES.forEach(mode -> {
            backlog.get(mode).set(figures.backlog().getOrDefault(mode, 0L));
            overdue.get(mode).set(figures.overdue().getOrDefault(mode, 0L));
        });
        openAppeals.set(figures.openAppeals());
    }
}
