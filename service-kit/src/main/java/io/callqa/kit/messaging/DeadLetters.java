package io.callqa.kit.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.callqa.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a record that cannot be processed to {@code <topic>.dlq}, unchanged, with the headers SmallRye's own
 * dead-letter strategy uses (reason, cause, original topic, partition and offset), and waits for Kafka's ack.
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry registry;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    public Uni<Void> send(ConsumerRecord<String, String> record, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Log.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        registry.counter("qa.messages.dead_lettered", "topic", record.topic()).increment();
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        put(headers, "dead-letter-reason", reason);
        put(headers, "dead-letter-cause", failure.getClass().getName());
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", String.valueOf(record.partition()));
        put(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return emitter.sendMessage(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.deadLetter(record.topic()))
                .withKey(record.key())
                .withHeaders(headers)
                .build()));
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
