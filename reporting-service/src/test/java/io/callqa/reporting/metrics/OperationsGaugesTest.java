package io.callqa.reporting.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.metrics.OperationsFigures.Level;
import io.callqa.reporting.metrics.OperationsFigures.ScopeQueue;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;

class OperationsGaugesTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final OperationsGauges gauges = new OperationsGauges(registry);

    /** The registry's text, label sets written without the trailing comma of the 0.0.4 format. */
    private String scrape() {
        return registry.scrape().replace(",}", "}");
    }

    private static OperationsFigures figures(Map<ScopeQueue, Level> levels, Map<String, Double> teams) {
        return new OperationsFigures(levels, Map.of("POSTHOC", 4L), Map.of(), teams, 3);
    }

    @Test
    void theGaugesShowTheLastFiguresWithAnEmptyQueueForTheCenter() {
        gauges.show(figures(Map.of(new ScopeQueue("CENTER", ""), new Level(0.9, 0.8),
                new ScopeQueue("QUEUE", "q-1"), new Level(0.75, null)), Map.of("t-1", 88.5)));

        String text = scrape();
        assertTrue(text.contains("qa_service_level_latest{queue=\"\",scope=\"CENTER\"} 0.9"), text);
        assertTrue(text.contains("qa_service_level_latest{queue=\"q-1\",scope=\"QUEUE\"} 0.75"), text);
        assertTrue(text.contains("qa_service_level_target{queue=\"\",scope=\"CENTER\"} 0.8"), text);
        assertFalse(text.contains("qa_service_level_target{queue=\"q-1\""), text);
        assertTrue(text.contains("qa_samples_backlog{mode=\"POSTHOC\"} 4.0"), text);
        assertTrue(text.contains("qa_samples_backlog{mode=\"REALTIME\"} 0.0"), text);
        assertTrue(text.contains("qa_evaluations_overdue{mode=\"REALTIME\"} 0.0"), text);
        assertTrue(text.contains("qa_score_month_to_date{team=\"t-1\"} 88.5"), text);
        assertTrue(text.contains("qa_appeals_open 3.0"), text);
    }

    @Test
    void aQueueOrTeamNoLongerInTheFiguresLeavesTheGauges() {
        gauges.show(figures(Map.of(new ScopeQueue("QUEUE", "q-1"), new Level(0.75, 0.8)), Map.of("t-1", 88.5)));
        gauges.show(figures(Map.of(new ScopeQueue("QUEUE", "q-2"), new Level(0.5, 0.8)), Map.of("t-2", 70.0)));

        String text = scrape();
        assertFalse(text.contains("q-1"), text);
        assertFalse(text.contains("t-1"), text);
        assertTrue(text.contains("qa_service_level_latest{queue=\"q-2\",scope=\"QUEUE\"} 0.5"), text);
        assertTrue(text.contains("qa_score_month_to_date{team=\"t-2\"} 70.0"), text);
    }
}
