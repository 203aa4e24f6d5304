package io.callqa.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.callqa.events.Topics;

/**
 * The ceiling of the replay: a bare {@link KafkaConsumer} (String deserializers, {@code max.poll.records} 500 as
 * sampling's) reading every record of {@code qa.calls.v1} from the beginning, doing nothing with them.
 */
final class ConsumerCeiling {

    private ConsumerCeiling() {
    }

    static Phase run(String bootstrapServers, long expected, CpuMeter cpu) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-ceiling");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CALLS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            CpuMeter.Snapshot before = cpu.snapshot();
            long start = System.nanoTime();
            long read = 0;
            long bytes = 0;
            while (read < expected) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(5));
                if (records.isEmpty() && System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                    throw new IllegalStateException("the ceiling consumer read only " + read + " of " + expected);
                }
                for (ConsumerRecord<String, String> record : records) {
                    bytes += record.value().length();
                }
                read += records.count();
            }
            long nanos = System.nanoTime() - start;
            if (bytes == 0) {
                throw new IllegalStateException("empty records");
            }
            return new Phase(read, read, nanos, cpu.since(before));
        }
    }
}
