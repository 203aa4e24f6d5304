package io.callqa.feedback.roster;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.RosterEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.roster.v1} → {@link Roster}, once per event (inbox {@code roster}); unreadable records dead-lettered. */
@ApplicationScoped
public class RosterConsumer {

    private final EventBatchConsumer batches;
    private final Roster roster;

    public RosterConsumer(EventBatchConsumer batches, Roster roster) {
        this.batches = batches;
        this.roster = roster;
    }

    @Incoming("roster")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, RosterEvent.class, "roster", roster::apply);
    }
}
