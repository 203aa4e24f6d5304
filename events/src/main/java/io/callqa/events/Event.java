package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event carries: a unique {@code eventId} for idempotent consumers and the UTC instant it
 * happened. The {@code type} property on the wire is written and read by the topic's sealed interface
 * (see {@link CallEvent}, {@link SampleEvent}, {@link EvaluationEvent}).
 */
public interface Event {

    UUID eventId();

    Instant occurredAt();

    /** The key the event is published under: the agent where there is one, otherwise the queue (or the call). */
    String key();

    /** The topic the event belongs on. */
    String topic();

    /** The name written to the {@code type} property. */
    default String type() {
        return getClass().getSimpleName();
    }
}
