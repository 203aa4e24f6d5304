package io.callqa.scoring.appeals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.AppealFiled;
import io.callqa.events.FeedbackEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.kit.persistence.Entities;
import io.callqa.scoring.evaluations.Evaluation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.feedback.v1} → appeal cases: one per {@code appealId}, however often delivered. An appeal of an
 * evaluation this service never released cannot be decided; it fails and goes to {@code qa.feedback.v1.dlq}.
 */
@ApplicationScoped
public class AppealConsumer {

    private final EventBatchConsumer batches;

    public AppealConsumer(EventBatchConsumer batches) {
        this.batches = batches;
    }

    @Incoming("feedback")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, FeedbackEvent.class, "appeals", this::open);
    }

    private Uni<Void> open(List<FeedbackEvent> events) {
        Map<UUID, AppealFiled> filed = events.stream().filter(AppealFiled.class::isInstance)
                .map(AppealFiled.class::cast)
                .collect(Collectors.toMap(AppealFiled::appealId, Function.identity(), (a, b) -> a));
        if (filed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Appeal.<Appeal>list("appealId in ?1", List.copyOf(filed.keySet()))
                .map(known -> known.stream().map(a -> a.appealId).collect(Collectors.toSet()))
                .chain(known -> checkReleased(filed.values().stream().filter(f -> !known.contains(f.appealId())).toList()))
                .chain(fresh -> Entities.persistAll(fresh.stream().map(Appeal::of).toList()));
    }

    private static Uni<List<AppealFiled>> checkReleased(List<AppealFiled> fresh) {
        return Evaluation.<Evaluation>list("evaluationId in ?1", fresh.stream().map(AppealFiled::evaluationId).toList())
                .map(found -> {
                    Set<UUID> released = found.stream().filter(Evaluation::isReleased)
                            .map(e -> e.evaluationId).collect(Collectors.toSet());
                    fresh.stream().filter(f -> !released.contains(f.evaluationId())).findFirst().ifPresent(f -> {
                        throw new IllegalArgumentException("appeal " + f.appealId() + " names evaluation "
                                + f.evaluationId() + ", which was never released here");
                    });
                    return fresh;
                });
    }
}
