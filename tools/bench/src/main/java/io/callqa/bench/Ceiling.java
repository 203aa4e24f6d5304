package io.callqa.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.callqa.bench.CallRecords.CallRecord;

/**
 * Phase (a), the ceiling: one raw {@link KafkaProducer} with ingest's producer settings sends the records as
 * ingest would publish them (keyed by agent, headers {@code eventId} and {@code eventType}) and waits for every
 * acknowledgement. Nothing else happens per record, so no HTTP service can publish faster on this broker.
 */
public final class Ceiling {

    private final Map<String, Object> producerConfig;
    private final String topic;

    public Ceiling(Map<String, Object> producerConfig, String topic) {
        this.producerConfig = producerConfig;
        this.topic = topic;
    }

    /** Sends the warm-up records uncounted, then the measured ones against the clock. */
    public Phase run(List<CallRecord> warmup, List<CallRecord> measured, CpuMeter cpu) throws InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            awaitLeaders(producer);
            sendAll(producer, warmup);
            CpuMeter.Snapshot before = cpu.snapshot();
            long start = System.nanoTime();
            sendAll(producer, measured);
            long nanos = System.nanoTime() - start;
            return new Phase(measured.size(), measured.size(), nanos, cpu.since(before));
        }
    }

    /**
     * One record to each partition of the new topic, one at a time: a partition whose leader is not ready yet
     * answers NOT_LEADER_OR_FOLLOWER, and with many batches in flight the idempotent producer's retry can then
     * fail for good with OUT_OF_ORDER_SEQUENCE_NUMBER.
     */
    private void awaitLeaders(KafkaProducer<String, String> producer) throws InterruptedException {
        for (PartitionInfo partition : producer.partitionsFor(topic)) {
            try {
                producer.send(new ProducerRecord<>(topic, partition.partition(), "probe", "{}"))
                        .get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("partition " + partition.partition() + " of " + topic
                        + " did not accept a record: " + e, e);
            }
        }
    }

    /** Sends every record and returns once each one is acknowledged; the first failure fails the phase. */
    private void sendAll(KafkaProducer<String, String> producer, List<CallRecord> records) throws InterruptedException {
        CountDownLatch acked = new CountDownLatch(records.size());
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (CallRecord record : records) {
            producer.send(new ProducerRecord<>(topic, null, record.key(), record.json(), headers()), (meta, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                acked.countDown();
            });
        }
        acked.await();
        if (failure.get() != null) {
            throw new IllegalStateException("the ceiling producer failed: " + failure.get(), failure.get());
        }
    }

    private static RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventId", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("eventType", "CallRecorded".getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
