package io.callqa.feedback.samples;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.SampleEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.samples.v1} → {@link SampleRef}s, once per event (inbox {@code sample-refs}). */
@ApplicationScoped
public class SampleRefConsumer {

    private final EventBatchConsumer batches;
    private final SampleRefs refs;

    public SampleRefConsumer(EventBatchConsumer batches, SampleRefs refs) {
        this.batches = batches;
        this.refs = refs;
    }

    @Incoming("samples")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, SampleEvent.class, "sample-refs", refs::apply);
    }
}
