package io.callqa.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.callqa.events.Event;
import io.callqa.events.EventJson;
import io.callqa.ingest.IngestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes records and completes only when Kafka has acknowledged every one of them (acks=all, idempotent
 * producer), or fails within {@code qa.ingest.publish.timeout} with {@link PublishFailedException}: ingest
 * answers 2xx only for records that are durably in Kafka. Sending runs on a worker thread because the producer
 * may block while it has no metadata for the topic (when the broker is unreachable). Created at start-up, so
 * that the first request does not pay for it.
 */
@Startup
@ApplicationScoped
public class EventPublisher {

    private final Producer<String, byte[]> producer;
    private final IngestConfig.Publish config;
    private final Timer latency;

    public EventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka, IngestConfig config,
            MeterRegistry registry) {
        this.config = config.publish();
        this.producer = ProducerSettings.create(kafka, this.config);
        this.latency = Timer.builder("qa.ingest.publish.latency")
                .description("Time from handing a request's records to Kafka until every one is acknowledged")
                .publishPercentileHistogram().register(registry);
    }

    /** Publishes events on their own topics, keyed by {@link Event#key()}, with eventId/eventType headers. */
    public Uni<Void> publish(List<? extends Event> events) {
        return send(events.stream().map(EventPublisher::record).toList());
    }

    public Uni<Void> send(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Timer.Sample sample = Timer.start();
        return Uni.createFrom().item(() -> sendAll(records))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(acks -> Uni.createFrom().completionStage(acks))
                .ifNoItem().after(config.timeout().plusMillis(500)).fail()
                .onFailure().transform(e -> new PublishFailedException(e, config.retryAfter()))
                .invoke(() -> sample.stop(latency))
                .replaceWithVoid();
    }

    /** Sends every record; once one cannot even be handed over (no metadata in time), the rest fail at once. */
    private CompletableFuture<Void> sendAll(List<ProducerRecord<String, byte[]>> records) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[records.size()];
        RuntimeException refused = null;
        for (int i = 0; i < acks.length; i++) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks[i] = ack;
            if (refused != null) {
                ack.completeExceptionally(refused);
                continue;
            }
            try {
                producer.send(records.get(i), (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                refused = e;
                ack.completeExceptionally(e);
            }
        }
        return CompletableFuture.allOf(acks);
    }

    static ProducerRecord<String, byte[]> record(Event event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                EventJson.writeBytes(event));
        record.headers().add("eventId", event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", event.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @PreDestroy
    void close() {
        producer.close(config.timeout());
    }
}
