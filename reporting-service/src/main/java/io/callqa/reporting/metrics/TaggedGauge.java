package io.callqa.reporting.metrics;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * A gauge whose tag combinations come and go with the data (queues, teams, consumer groups): each {@link #show} sets
 * the rows to exactly the values given, removing the combinations no longer there. The values are held here, so the
 * registry's weak references always find them.
 */
final class TaggedGauge {

    private final MultiGauge gauge;
    private volatile Map<Tags, Double> values = Map.of();

    TaggedGauge(MeterRegistry registry, String name, String description) {
        this.gauge = MultiGauge.builder(name).description(description).register(registry);
    }

    void show(Map<Tags, Double> shown) {
        values = Map.copyOf(shown);
        gauge.register(values.keySet().stream().map(tags -> MultiGauge.Row.of(tags, this, g -> g.value(tags)))
                .toList(), true);
    }

    private double value(Tags tags) {
        return values.getOrDefault(tags, Double.NaN);
    }
}
