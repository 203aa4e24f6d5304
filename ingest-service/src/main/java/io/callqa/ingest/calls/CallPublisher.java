package io.callqa.ingest.calls;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.callqa.events.CallRecorded;
import io.callqa.events.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes normalised calls to {@code qa.calls.v1}, keyed by agent; the Uni completes when Kafka acked. */
@ApplicationScoped
public class CallPublisher {

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry registry;

    public CallPublisher(@Channel("calls") MutinyEmitter<String> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    public Uni<Void> publish(CallRecorded call) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventId", call.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("eventType", call.type().getBytes(StandardCharsets.UTF_8));
        return emitter.sendMessage(Message.of(EventJson.write(call)).addMetadata(
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(call.key()).withHeaders(headers).build()))
                .invoke(() -> registry.counter("qa.calls.published", "outcome", call.outcome().name()).increment());
    }
}
