package io.callqa.ingest.raw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.ingest.intake.CallIntake;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.Rejection;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Source;
import io.callqa.ingest.publish.EventPublisher;
import io.callqa.ingest.publish.PublishFailedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Kafka-native path for ACDs that produce to Kafka themselves: each record of {@code acd.calls.raw.v1} is
 * one call in the normalised JSON form, validated, normalised and published exactly like an HTTP record; an
 * invalid one goes to {@code acd.calls.raw.v1.dlq}, unchanged, with its reasons in headers. Offsets advance only
 * after both are acknowledged; while Kafka or the database is unreachable the batch is retried with back-off.
 */
@ApplicationScoped
public class RawCallConsumer {

    private final CallIntake intake;
    private final EventPublisher publisher;
    private final RequestLimits limits;

    public RawCallConsumer(CallIntake intake, EventPublisher publisher, RequestLimits limits) {
        this.intake = intake;
        this.publisher = publisher;
        this.limits = limits;
    }

    @Incoming("acd-calls-raw")
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        records.forEach(batch::add);
        List<Candidate> candidates = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            candidates.add(RawRecords.candidate(i, batch.get(i).value(), limits));
        }
        return Uni.createFrom().deferred(() -> intake.submit(Source.KAFKA, candidates))
                .chain(outcome -> deadLetter(batch, outcome.result().rejected()))
                .onFailure(PublishFailedException.class).retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely();
    }

    private Uni<Void> deadLetter(List<ConsumerRecord<String, byte[]>> batch, List<Rejection> rejected) {
        return publisher.send(rejected.stream()
                .map(r -> RawRecords.deadLetter(batch.get(r.index()), r.errors())).toList());
    }
}
