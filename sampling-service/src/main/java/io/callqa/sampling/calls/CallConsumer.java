package io.callqa.sampling.calls;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.pipeline.CallPipeline;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.calls.v1} → the call pipeline, one transaction per poll. */
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
        return batches.consumeDelivered(records, CallEvent.class, "call-index", pipeline::process);
    }
}
