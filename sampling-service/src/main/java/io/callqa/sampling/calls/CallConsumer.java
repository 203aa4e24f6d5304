package io.callqa.sampling.calls;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.pipeline.CallPipeline;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.calls.v1} → the call pipeline, one transaction per poll. No inbox: the call index is idempotent by
 * itself (a record replaces a stored call only when newer, and the rules act only on the calls it changed), so a
 * redelivered record changes nothing, and the index saves one inbox row per call.
 */
@ApplicationScoped
public class CallConsumer {

    private final EventBatchConsumer batches;
    private final CallPipeline pipeline;

    public CallConsumer(EventBatchConsumer batches, CallPipeline pipeline) {
        this.batches = batches;
        this.pipeline = pipeline;
    }

    @Incoming("calls")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consumeIdempotentDelivered(records, CallEvent.class, "call-index", pipeline::process);
    }
}
