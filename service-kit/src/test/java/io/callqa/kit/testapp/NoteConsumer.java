package io.callqa.kit.testapp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stores a note per call event; a call id starting with "poison" makes the database refuse it; one starting with
 * "conflict" meets a serialization failure at its first attempt, as when a concurrent transaction wins.
 */
@ApplicationScoped
public class NoteConsumer {

    private final EventBatchConsumer batches;

    public NoteConsumer(EventBatchConsumer batches) {
        this.batches = batches;
    }

    @Incoming("kit-calls")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, CallEvent.class, "notes", this::store);
    }

    private final Set<String> conflicted = ConcurrentHashMap.newKeySet();

    private Uni<Void> store(List<CallEvent> events) {
        return Note.persist(events.stream().map(e -> note((CallRecorded) e))).invoke(() -> events.stream()
                .map(e -> ((CallRecorded) e).callId())
                .filter(id -> id.startsWith("conflict") && conflicted.add(id))
                .findFirst().ifPresent(id -> {
                    throw new PgException("could not serialize access (" + id + ")", "ERROR", "40001", null);
                }));
    }

    private static Note note(CallRecorded call) {
        Note note = new Note();
        note.callId = call.callId();
        note.text = call.callId().startsWith("poison") ? null : "from kafka";
        return note;
    }
}
