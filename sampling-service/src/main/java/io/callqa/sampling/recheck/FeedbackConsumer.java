package io.callqa.sampling.recheck;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CoachingCompleted;
import io.callqa.events.FeedbackEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.samples.SampleWriter;
import io.callqa.sampling.samples.SamplingLock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.feedback.v1}: a {@code CoachingCompleted} opens the plan's re-check (RECHECK) and samples the agent's
 * calls already indexed; the call pipeline picks the rest as they arrive. Appeals and excellent recordings are
 * not sampling's concern. Once per event (inbox), under the sampling lock like every writer of samples.
 */
@ApplicationScoped
public class FeedbackConsumer {

    private final EventBatchConsumer batches;
    private final RecheckPicks rechecks;
    private final SampleWriter writer;
    private final SamplingLock lock;

    public FeedbackConsumer(EventBatchConsumer batches, RecheckPicks rechecks, SampleWriter writer,
            SamplingLock lock) {
        this.batches = batches;
        this.rechecks = rechecks;
        this.writer = writer;
        this.lock = lock;
    }

    @Incoming("feedback")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, FeedbackEvent.class, "feedback", this::process);
    }

    private Uni<Void> process(List<FeedbackEvent> events) {
        List<CoachingCompleted> completed = events.stream().filter(CoachingCompleted.class::isInstance)
                .map(CoachingCompleted.class::cast).toList();
        if (completed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return lock.acquire().chain(() -> Multi.createFrom().iterable(completed)
                .onItem().transformToUniAndConcatenate(c -> rechecks.open(c).chain(writer::write))
                .collect().last().replaceWithVoid());
    }
}
