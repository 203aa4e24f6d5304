package io.callqa.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.outbox.*}: how the relay drains the outbox. */
@ConfigMapping(prefix = "qa.outbox")
public interface OutboxConfig {

    /** Pause between two looks at an empty outbox; a full batch is followed at once by the next. */
    @WithDefault("200ms")
    Duration interval();

    /** At most this many events per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** Pause after a failed relay (Kafka or the database unavailable) before trying again. */
    @WithDefault("2s")
    Duration retryAfter();
}
