package io.callqa.reporting.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class BulletinWeeksTest {

    private final BulletinWeeks weeks = new BulletinWeeks(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0));
    private final LocalDate monday = LocalDate.of(2032, 1, 12);

    @Test
    void dueTheNextMondayAtEightCenterTime() {
        assertEquals(Instant.parse("2032-01-19T00:00:00Z"), weeks.due(monday));
    }

    @Test
    void weekIsOverAtCenterMidnightAfterItsSunday() {
        assertFalse(weeks.isOver(monday, Instant.parse("2032-01-18T15:59:59Z")));
        assertTrue(weeks.isOver(monday, Instant.parse("2032-01-18T16:00:00Z")));
    }

    @Test
    void lastDueWeekTurnsOverAtMondayEight() {
        assertEquals(monday.minusWeeks(1), weeks.lastDue(Instant.parse("2032-01-18T23:59:59Z")));
        assertEquals(monday, weeks.lastDue(Instant.parse("2032-01-19T00:00:00Z")));
        assertEquals(monday, weeks.lastDue(Instant.parse("2032-01-25T15:00:00Z")));
    }
}
