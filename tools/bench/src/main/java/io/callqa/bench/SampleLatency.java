package io.callqa.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.events.EventJson;
import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;

/**
 * The latency phase: short calls (talk 5 s, so SHORT_CALL picks every one) sent at a steady rate through a
 * {@link CallSink} (straight to {@code qa.calls.v1}, or through ingest), and {@code qa.samples.v1} read meanwhile;
 * per call the time from the sink's acknowledgement (Kafka's, or ingest's answer) to the moment its
 * {@code SampleSelected} is read. Event time continues from {@code eventStart}, one
 * second of event time per second of wall clock, so the watermark moves as in live traffic.
 */
final class SampleLatency {

    /** Latencies in milliseconds, ascending, and calls whose sample did not arrive. */
    record Result(int produced, List<Double> millis, int missing, double rate) {

        double percentile(double p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(millis.size() - 1, index)));
        }

        double max() {
            return millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1);
        }
    }

    private final String bootstrapServers;
    private final Instant eventStart;
    private final int agents;
    private final Map<String, Long> ackedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> sampledAt = new ConcurrentHashMap<>();
    private final Random random = new Random(7);
    private int sequence;

    SampleLatency(String bootstrapServers, Instant eventStart, int agents) {
        this.bootstrapServers = bootstrapServers;
        this.eventStart = eventStart;
        this.agents = agents;
    }

    /** Warm-up (uncounted, awaited until sampled), then the measured calls. */
    Result run(CallSink producer, int rate, int warmupSeconds, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> readSamples(stop), "bench-samples");
        KafkaConsumer<String, String> consumer = consumer();
        try {
            reader.start();
            long start = System.nanoTime();
            List<String> warmup = produce(producer, rate, warmupSeconds, start);
            awaitSampled(warmup, Duration.ofSeconds(120));
            List<String> measured = produce(producer, rate, seconds, start);
            awaitSampled(measured, Duration.ofSeconds(60));
            List<Double> millis = new ArrayList<>();
            int missing = 0;
            for (String callId : measured) {
                Long acked = ackedAt.get(callId);
                Long sampled = sampledAt.get(callId);
                if (acked == null || sampled == null) {
                    missing++;
                } else {
                    millis.add(Math.max(0, sampled - acked) / 1e6);
                }
            }
            millis.sort(null);
            return new Result(measured.size(), millis, missing, rate);
        } finally {
            stop.set(true);
            reader.join(10_000);
            consumer.close();
        }
    }

    private KafkaConsumer<String, String> samplesConsumer;

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-samples");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SAMPLES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start before the first call is produced
        samplesConsumer = consumer;
        return consumer;
    }

    private void readSamples(AtomicBoolean stop) {
        while (!stop.get()) {
            for (ConsumerRecord<String, String> record : samplesConsumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                SampleEvent event = EventJson.read(record.value(), SampleEvent.class);
                if (event instanceof SampleSelected selected) {
                    sampledAt.putIfAbsent(selected.callId(), now);
                }
            }
        }
    }

    /** {@code rate} calls per second for {@code seconds}, in ticks of 10 ms. */
    private List<String> produce(CallSink producer, int rate, int seconds, long clockStart)
            throws InterruptedException {
        List<String> callIds = new ArrayList<>();
        long total = (long) rate * seconds;
        long begin = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long due = begin + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                Thread.sleep(wait / 1_000_000);
            }
            CallRecorded call = shortCall(System.nanoTime() - clockStart);
            callIds.add(call.callId());
            producer.send(call, acked -> ackedAt.put(call.callId(), acked));
        }
        producer.awaitAcks();
        return callIds;
    }

    private CallRecorded shortCall(long elapsedNanos) {
        int agent = random.nextInt(agents);
        Instant enqueuedAt = eventStart.plusNanos(elapsedNanos);
        Instant answeredAt = enqueuedAt.plusSeconds(3);
        Instant endedAt = answeredAt.plusSeconds(5);
        String callId = "lat-" + (sequence++);
        return new CallRecorded(UUID.randomUUID(), endedAt.plusMillis(500), callId, Channel.VOICE, Direction.INBOUND,
                "q-general", String.format("a-%04d", agent + 1), String.format("t-%02d", agent / 20 + 1),
                UUID.randomUUID().toString().replace("-", ""), "138****0000", enqueuedAt, answeredAt, endedAt, 5, 0,
                3, CallOutcome.ANSWERED, ReleasedBy.CUSTOMER, "oss://callqa-recordings/latency/" + callId + ".wav",
                "INFO", null, null);
    }

    private void awaitSampled(List<String> callIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (callIds.stream().allMatch(sampledAt::containsKey)) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
