package io.callqa.kit.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.inbox.*}: how long consumers remember the events they processed. */
@ConfigMapping(prefix = "qa.inbox")
public interface InboxConfig {

    /** Processed event ids older than this are forgotten; keep it above the topics' retention. */
    @WithDefault("14d")
    Duration retention();

    /** How often old ids are pruned. */
    @WithDefault("1h")
    String pruneEvery();
}
