package io.callqa.feedback.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.feedback.alerts.*}: the alert rules, the SSE stream, webhook targets and their delivery. */
@ConfigMapping(prefix = "qa.feedback.alerts")
public interface AlertsConfig {

    /** How many deductions of one item for one agent in one local day raise REPEATED_DEDUCTION. */
    @WithDefault("3")
    int repeatedDeductions();

    /** How often the unacknowledged-alert gauges are counted from the database. */
    @WithDefault("30s")
    Duration metricsEvery();

    Stream stream();

    Delivery delivery();

    /** Webhook targets by name; none by default. */
    Map<String, Webhook> webhooks();

    interface Stream {
        /** How often each instance reads alerts committed by any instance (a local commit wakes it at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Pause between keep-alive comments on an open stream, so proxies keep it open. */
        @WithDefault("15s")
        Duration keepAlive();
    }

    interface Delivery {
        /** Pause before the second attempt; each later pause is {@link #factor()} times the one before. */
        @WithDefault("1s")
        Duration initialDelay();

        @WithDefault("2")
        double factor();

        /** Attempts before a delivery is marked FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Connect and response timeout of one attempt. */
        @WithDefault("5s")
        Duration timeout();

        /** How often due deliveries are looked for (a commit that queued one wakes the dispatcher at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Deliveries claimed per round. */
        @WithDefault("20")
        int batchSize();
    }

    interface Webhook {
        URI url();

        /** The HMAC-SHA256 key of {@code X-CallQA-Signature}. */
        String secret();

        /** The kinds sent to this target; all when absent. */
        Optional<Set<AlertKind>> kinds();
    }
}
