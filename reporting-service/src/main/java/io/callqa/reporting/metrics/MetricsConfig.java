package io.callqa.reporting.metrics;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.metrics.*}: the operations gauges computed from the read models and the consumer lag. */
@ConfigMapping(prefix = "qa.reporting.metrics")
public interface MetricsConfig {

    /** How often the gauges are recomputed (read by the {@code @Scheduled} jobs). */
    @WithDefault("30s")
    Duration refreshEvery();

    /** Days back (center days, today included) an interval may lie in to count as a queue's latest. */
    @WithDefault("2")
    int serviceLevelDays();

    /** Days back (center days of selection, today included) a sample still counts in the backlog and overdue. */
    @WithDefault("90")
    int backlogDays();

    /** The consumer groups whose lag is reported: the five services' groups. */
    @WithDefault("ingest-raw-calls,sampling-service,scoring-service,feedback-service,reporting-service")
    List<String> lagGroups();

    /** How long one call to the Kafka admin API may take. */
    @WithDefault("10s")
    Duration lagTimeout();
}
