package io.callqa.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import io.callqa.events.CallRecorded;
import io.callqa.events.EventJson;
import io.callqa.events.Topics;

/**
 * Publishes {@code CallRecorded} to {@code qa.calls.v1} as ingest does: keyed by {@link CallRecorded#key()},
 * headers {@code eventId} / {@code eventType}, {@code acks=all} with the idempotent producer.
 */
final class CallProducer implements CallSink, AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long sent;

    CallProducer(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-calls");
        this.producer = new KafkaProducer<>(config);
    }

    /** Sends one call and waits for its acknowledgement (the first records, while partition leaders settle). */
    void sendAndWait(CallRecorded call) throws InterruptedException {
        try {
            producer.send(record(call)).get(60, TimeUnit.SECONDS);
            sent++;
            acked.incrementAndGet();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("qa.calls.v1 did not accept a record: " + e, e);
        }
    }

    @Override
    public void send(CallRecorded call, LongConsumer onAck) {
        sent++;
        producer.send(record(call), (meta, e) -> {
            long now = System.nanoTime();
            if (e != null) {
                failure.compareAndSet(null, e);
            } else if (onAck != null) {
                onAck.accept(now);
            }
            acked.incrementAndGet();
        });
    }

    @Override
    public void awaitAcks() throws InterruptedException {
        producer.flush();
        while (acked.get() < sent) {
            Thread.sleep(1);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("producing to qa.calls.v1 failed: " + failure.get(), failure.get());
        }
    }

    private static ProducerRecord<String, String> record(CallRecorded call) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventId", call.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("eventType", call.type().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Topics.CALLS, null, call.key(), EventJson.write(call), headers);
    }

    @Override
    public void close() {
        producer.close();
    }
}
