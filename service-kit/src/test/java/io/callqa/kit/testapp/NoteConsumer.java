package io.callqa.kit.testapp;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores a note per call event; a call id starting with "poison" makes the database refuse it. */
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

    private Uni<Void> store(List<CallEvent> events) {
        return Note.persist(events.stream().map(e -> note((CallRecorded) e)));
    }

    private static Note note(CallRecorded call) {
        Note note = new Note();
        note.callId = call.callId();
        note.text = call.callId().startsWith("poison") ? null : "from kafka";
        return note;
    }
}
