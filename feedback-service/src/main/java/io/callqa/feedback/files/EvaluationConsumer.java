package io.callqa.feedback.files;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.EvaluationEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.evaluations.v1} → agents' QA files. */
@ApplicationScoped
public class EvaluationConsumer {

    private final EventBatchConsumer batches;
    private final QaFiles files;

    public EvaluationConsumer(EventBatchConsumer batches, QaFiles files) {
        this.batches = batches;
        this.files = files;
    }

    @Incoming("evaluations")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, EvaluationEvent.class, "qa-files", files::file);
    }
}
