package io.callqa.ingest.intake;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.ingest.records{source,result}}, {@code qa.ingest.rejections{source,reason}} (the field at fault,
 * list positions removed) and {@code qa.ingest.batch.size{source}}.
 */
@ApplicationScoped
public class IntakeMetrics {

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Source source, CallIntake.Outcome outcome, int received) {
        DistributionSummary.builder("qa.ingest.batch.size").description("Records per request")
                .tag("source", source.tag()).publishPercentileHistogram().register(registry).record(received);
        count(source, "accepted", outcome.published().size());
        count(source, "duplicate", outcome.result().duplicates());
        count(source, "rejected", outcome.result().rejected().size());
        outcome.result().rejected().forEach(rejection -> rejection.errors().stream()
                .map(error -> reason(error.field())).distinct()
                .forEach(reason -> registry.counter("qa.ingest.rejections", "source", source.tag(),
                        "reason", reason).increment()));
    }

    /** The field at fault with list positions and line numbers removed, so the tag has few values. */
    static String reason(String field) {
        return field.replaceAll("\\[\\d+]", "[]").replaceAll("^line \\d+$", "line");
    }

    private void count(Source source, String result, int n) {
        registry.counter("qa.ingest.records", "source", source.tag(), "result", result).increment(n);
    }
}
