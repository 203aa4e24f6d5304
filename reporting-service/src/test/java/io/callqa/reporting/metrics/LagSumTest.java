package io.callqa.reporting.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagSumTest {

    private static final TopicPartition CALLS_0 = new TopicPartition("qa.calls.v1", 0);
    private static final TopicPartition CALLS_1 = new TopicPartition("qa.calls.v1", 1);
    private static final TopicPartition ROSTER_0 = new TopicPartition("qa.roster.v1", 0);

    @Test
    void lagIsSummedOverEachTopicsPartitions() {
        assertEquals(Map.of("qa.calls.v1", 7L, "qa.roster.v1", 0L), LagSum.perTopic(
                Map.of(CALLS_0, 10L, CALLS_1, 3L, ROSTER_0, 5L),
                Map.of(CALLS_0, 15L, CALLS_1, 5L, ROSTER_0, 5L)));
    }

    @Test
    void aCommittedOffsetBeyondTheEndCountsNothingAndAnUnknownEndIsLeftOut() {
        assertEquals(Map.of("qa.calls.v1", 0L), LagSum.perTopic(Map.of(CALLS_0, 12L, ROSTER_0, 1L),
                Map.of(CALLS_0, 10L)));
    }
}
