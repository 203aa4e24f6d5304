package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.callqa.sampling.calls.CallRow;

class IntervalCountsTest {

    private static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");

    private static CallRow call(String outcome, Integer waitSeconds) {
        return new CallRow("c1", "a1", "t1", "q1", "VOICE", "INBOUND", outcome, AT, null, AT.plusSeconds(60), 30,
                waitSeconds, "h", null, null, AT, AT, AT.plusSeconds(1800), true, null, null);
    }

    @Test
    void answeredAtTheThresholdIsWithinAndOneSecondLaterIsNot() {
        assertEquals(new IntervalCounts(1, 1, 0), IntervalCounts.of(call("ANSWERED", 20), 20, 0));
        assertEquals(new IntervalCounts(1, 0, 0), IntervalCounts.of(call("ANSWERED", 21), 20, 0));
    }

    @Test
    void answeredWithoutAWaitIsOfferedButNotWithin() {
        assertEquals(new IntervalCounts(1, 0, 0), IntervalCounts.of(call("ANSWERED", null), 20, 0));
    }

    @Test
    void abandonsShorterThanTheShortAbandonThresholdAreNotOffered() {
        assertEquals(IntervalCounts.NONE, IntervalCounts.of(call("ABANDONED", 4), 20, 5));
        assertEquals(new IntervalCounts(1, 0, 1), IntervalCounts.of(call("ABANDONED", 5), 20, 5));
        assertEquals(new IntervalCounts(1, 0, 1), IntervalCounts.of(call("ABANDONED", null), 20, 0));
    }

    @Test
    void countsAddUp() {
        assertEquals(new IntervalCounts(4, 3, 1), new IntervalCounts(3, 2, 1).plus(new IntervalCounts(1, 1, 0)));
    }
}
