package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private final Interval interval =
            new Interval(Instant.parse("2026-11-02T15:30:00Z"), Instant.parse("2026-11-02T16:00:00Z"));

    @Test
    void startIsIncludedAndEndIsNot() {
        assertTrue(interval.contains(Instant.parse("2026-11-02T15:30:00Z")));
        assertTrue(interval.contains(Instant.parse("2026-11-02T15:59:59.999Z")));
        assertFalse(interval.contains(Instant.parse("2026-11-02T16:00:00Z")));
        assertFalse(interval.contains(Instant.parse("2026-11-02T15:29:59Z")));
    }

    @Test
    void labelShowsLocalTimes() {
        assertEquals("2026-11-02 23:30–00:00", interval.label(ZoneId.of("Asia/Shanghai")));
        assertEquals("2026-11-02 15:30–16:00", interval.label(ZoneId.of("UTC")));
    }

    @Test
    void emptyOrBackwardsIntervalIsRejected() {
        Instant t = Instant.parse("2026-11-02T15:30:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Interval(t, t));
        assertThrows(IllegalArgumentException.class, () -> new Interval(t, t.minusSeconds(1)));
    }
}
