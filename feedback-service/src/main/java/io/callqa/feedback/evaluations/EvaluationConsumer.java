package io.callqa.feedback.evaluations;

import java.util.Comparator;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.EvaluationEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** {@code qa.evaluations.v1} → every {@link EvaluationListener}, once per event (inbox {@code feedback}). */
@ApplicationScoped
public class EvaluationConsumer {

    private final EventBatchConsumer batches;
    private final List<EvaluationListener> listeners;

    public EvaluationConsumer(EventBatchConsumer batches, Instance<EvaluationListener> listeners) {
        this.batches = batches;
        this.listeners = listeners.stream().sorted(Comparator.comparingInt(EvaluationListener::order)).toList();
    }

    @Incoming("evaluations")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, EvaluationEvent.class, "qa-files", this::dispatch);
    }

    private Uni<Void> dispatch(List<EvaluationEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EvaluationListener listener : listeners) {
            chain = chain.chain(() -> listener.on(events));
        }
        return chain;
    }
}
