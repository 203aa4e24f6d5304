package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final Duration IDLE_AFTER = Duration.ofMinutes(2);
    private static final Duration LATENESS = Duration.ofMinutes(5);
    private static final Instant LAST_ARRIVAL = Instant.parse("2026-11-02T16:00:00Z");
    private static final Instant CURRENT = Instant.parse("2026-11-02T15:50:00Z");

    @Test
    void watermarkIsLatestCallEndMinusLateness() {
        assertEquals(Instant.parse("2026-11-02T15:55:00Z"),
                Watermark.of(Instant.parse("2026-11-02T16:00:00Z"), LATENESS));
    }

    @Test
    void streamNotYetIdleDoesNotAdvance() {
        Instant now = LAST_ARRIVAL.plus(IDLE_AFTER).minusMillis(1);

        assertTrue(Watermark.idleAdvance(LAST_ARRIVAL, now, IDLE_AFTER, LATENESS, CURRENT).isEmpty());
    }

    @Test
    void idleStreamAdvancesToNowMinusLateness() {
        Instant now = LAST_ARRIVAL.plus(IDLE_AFTER);

        assertEquals(now.minus(LATENESS),
                Watermark.idleAdvance(LAST_ARRIVAL, now, IDLE_AFTER, LATENESS, CURRENT).orElseThrow());
    }

    @Test
    void idleAdvanceNeverMovesTheWatermarkBackwards() {
        Instant now = LAST_ARRIVAL.plus(IDLE_AFTER);
        Instant ahead = now; // already past now − lateness

        assertEquals(ahead, Watermark.idleAdvance(LAST_ARRIVAL, now, IDLE_AFTER, LATENESS, ahead).orElseThrow());
    }

    @Test
    void intervalClosesWhenTheWatermarkReachesItsEnd() {
        Instant end = Instant.parse("2026-11-02T16:00:00Z");

        assertFalse(Watermark.passed(end.minusMillis(1), end));
        assertTrue(Watermark.passed(end, end));
        assertTrue(Watermark.passed(end.plusSeconds(1), end));
    }
}
