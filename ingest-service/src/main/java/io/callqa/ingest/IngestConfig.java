package io.callqa.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.ingest.*}; the request limits are {@link io.callqa.ingest.intake.RequestLimits}. */
@ConfigMapping(prefix = "qa.ingest")
public interface IngestConfig {

    /**
     * Secret key of the HMAC that replaces callers' numbers. The default is for local development only: set
     * {@code QA_INGEST_CALLER_HASH_KEY} in every real deployment, and keep it: a new key breaks the matching of
     * repeat callers across the change.
     */
    @WithDefault("local-development-only-caller-hash-key")
    String callerHashKey();

    /** How long a published call id (or complaint id) is remembered, so that a repeat is not published again. */
    @WithDefault("7d")
    Duration dedupWindow();

    /** API keys for ACDs that cannot send a JWT: name → SHA-256 of the key, hex ({@code qa.ingest.api-keys.<name>}). */
    Map<String, String> apiKeys();

    /** Amazon Connect: the contact attribute that holds the wrap-up code (建单项). */
    @WithDefault("wrapUpCode")
    String amazonConnectWrapUpAttribute();

    Publish publish();

    /** Publishing to Kafka: acks=all and idempotence always; these bound the time a request may wait. */
    interface Publish {

        /** Brokers to publish to, when not those of {@code kafka.bootstrap.servers}. */
        Optional<String> bootstrapServers();

        /** Longest wait for Kafka's acknowledgement before answering 503 (request + delivery timeout). */
        @WithDefault("8s")
        Duration timeout();

        /** The {@code Retry-After} a client gets with a 503. */
        @WithDefault("5s")
        Duration retryAfter();

        /** Producer {@code linger.ms}: how long records wait to fill a batch. */
        @WithDefault("5ms")
        Duration linger();

        /** Producer {@code batch.size} in bytes, per partition. */
        @WithDefault("262144")
        int batchBytes();
    }
}
