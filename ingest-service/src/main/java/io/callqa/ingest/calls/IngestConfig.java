package io.callqa.ingest.calls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.ingest.*}. */
@ConfigMapping(prefix = "qa.ingest")
public interface IngestConfig {

    /**
     * Secret key of the HMAC that replaces callers' numbers. The default is for local development only: set
     * {@code QA_INGEST_CALLER_HASH_KEY} in every real deployment, and keep it: a new key breaks the matching of
     * repeat callers across the change.
     */
    @WithDefault("local-development-only-caller-hash-key")
    String callerHashKey();
}
