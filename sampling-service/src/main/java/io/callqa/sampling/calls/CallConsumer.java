package io.callqa.sampling.calls;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.calls.v1} → the call index, one transaction per poll. */
@ApplicationScoped
public class CallConsumer {

    private final EventBatchConsumer batches;
    private final CallIndexer indexer;

    public CallConsumer(EventBatchConsumer batches, CallIndexer indexer) {
        this.batches = batches;
        this.indexer = indexer;
    }

    @Incoming("calls")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, CallEvent.class, "call-index", indexer::index);
    }
}
