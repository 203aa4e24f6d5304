package io.callqa.kit.outbox;

import java.time.Clock;
import java.util.List;

import io.callqa.events.Event;
import io.callqa.kit.persistence.Entities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a service puts the events its change produces. Call it inside the transaction of that change: the
 * event is then stored exactly when the change is, and {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> add(Event event) {
        return OutboxRecord.of(event, clock.instant()).persist().replaceWithVoid();
    }

    public Uni<Void> addAll(List<? extends Event> events) {
        return Entities.persistAll(events.stream().map(e -> OutboxRecord.of(e, clock.instant())).toList());
    }
}
