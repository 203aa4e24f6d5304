package io.callqa.reporting.metrics;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group's lag per topic: over the partitions it has committed an offset on, the sum of (end offset −
 * committed offset), never below 0 per partition. A partition without a known end offset counts nothing.
 */
final class LagSum {

    private LagSum() {
    }

    static Map<String, Long> perTopic(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {
        Map<String, Long> lag = new TreeMap<>();
        committed.forEach((partition, offset) -> {
            Long last = end.get(partition);
            if (offset != null && last != null) {
                lag.merge(partition.topic(), Math.max(0, last - offset), Long::sum);
            }
        });
        return lag;
    }
}
