package io.callqa.scoring.tasks;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.SampleEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.samples.v1} → evaluation tasks. */
@ApplicationScoped
public class SampleConsumer {

    private final EventBatchConsumer batches;
    private final TaskCreator creator;

    public SampleConsumer(EventBatchConsumer batches, TaskCreator creator) {
        this.batches = batches;
        this.creator = creator;
    }

    @Incoming("samples")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, SampleEvent.class, "tasks", creator::create);
    }
}
