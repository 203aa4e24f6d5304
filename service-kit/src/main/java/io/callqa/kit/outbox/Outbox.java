package io.callqa.kit.outbox;

import java.time.Clock;
import java.util.List;

import io.callqa.events.Event;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a service puts the events its change produces. Call it inside the transaction of that change: the
 * event is then stored exactly when the change is, and {@link OutboxRelay} publishes it afterwards, woken by the
 * commit when the change runs in {@link Transactions#run} (otherwise at its next poll).
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final RelayLoop relay;

    public Outbox(Clock clock, RelayLoop relay) {
        this.clock = clock;
        this.relay = relay;
    }

    public Uni<Void> add(Event event) {
        Transactions.afterCommitIfInRun(relay::wake);
        return OutboxRecord.of(event, clock.instant()).persist().replaceWithVoid();
    }

    public Uni<Void> addAll(List<? extends Event> events) {
        if (!events.isEmpty()) {
            Transactions.afterCommitIfInRun(relay::wake);
        }
        return Entities.persistAll(events.stream().map(e -> OutboxRecord.of(e, clock.instant())).toList());
    }
}
