package io.callqa.reporting.projection;

import java.util.List;

import io.callqa.events.Event;
import io.smallrye.mutiny.Uni;

/**
 * Writes one topic's events into the read models. The same code serves the live consumer and the rebuild, which
 * runs it against fresh copies of the tables: so it names tables without a schema, and its result must not
 * depend on the order events of different topics arrive in (facts are kept per natural key and joined when a
 * report is asked for; sums only add).
 */
public interface Projection<E extends Event> {

    /** The topic it reads. */
    String topic();

    /** The event family of the topic. */
    Class<E> family();

    /** Its name in the inbox: each event is applied once per name. */
    String name();

    /** Applies events not seen before, inside the caller's transaction. */
    Uni<Void> apply(List<E> events);
}
