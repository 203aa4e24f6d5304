package io.callqa.reporting.agents;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.EvaluationEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.evaluations.v1} → the reports' evaluation facts and metrics. */
@ApplicationScoped
public class EvaluationConsumer {

    private final EventBatchConsumer batches;
    private final EvaluationFacts facts;

    public EvaluationConsumer(EventBatchConsumer batches, EvaluationFacts facts) {
        this.batches = batches;
        this.facts = facts;
    }

    @Incoming("evaluations")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, EvaluationEvent.class, "evaluation-facts", facts::record);
    }
}
