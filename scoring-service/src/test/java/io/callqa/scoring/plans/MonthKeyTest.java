package io.callqa.scoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The month of {@code /api/v1/plans/{month}} and its [start, end) in the center's zone. */
class MonthKeyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void monthRunsFromFirstMidnightToTheNextMonthsInTheCentersZone() {
        MonthKey november = MonthKey.parse("2026-11");

        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), november.start(SHANGHAI));
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), november.end(SHANGHAI));
        assertEquals("2026-11", november.toString());
    }

    @Test
    void endIsExclusive() {
        MonthKey november = MonthKey.parse("2026-11");

        assertTrue(november.contains(Instant.parse("2026-10-31T16:00:00Z"), SHANGHAI));
        assertTrue(november.contains(Instant.parse("2026-11-30T15:59:59.999Z"), SHANGHAI));
        assertFalse(november.contains(Instant.parse("2026-11-30T16:00:00Z"), SHANGHAI));
    }

    @Test
    void aMonthWithAClockChangeKeepsItsLocalMidnights() {
        MonthKey march = MonthKey.parse("2026-03");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), march.start(berlin));
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), march.end(berlin));
    }

    @Test
    void rejectsAnythingButYearDashMonth() {
        for (String bad : new String[] {"2026-13", "2026-1", "2026/11", "11-2026", "2026-11-01", "", "26-11"}) {
            assertThrows(IllegalArgumentException.class, () -> MonthKey.parse(bad), bad);
        }
    }
}
