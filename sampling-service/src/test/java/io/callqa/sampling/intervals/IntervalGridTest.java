package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalGridTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    /** Walks the whole local day interval by interval. */
    private static List<Interval> intervalsOfDay(IntervalGrid grid, LocalDate day) {
        List<Interval> intervals = new ArrayList<>();
        Instant t = grid.dayStart(day);
        while (t.isBefore(grid.dayEnd(day))) {
            Interval interval = grid.intervalOf(t);
            intervals.add(interval);
            t = interval.end();
        }
        return intervals;
    }

    @Test
    void intervalFrom2330EndsAtNextMidnight() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 30);

        Interval interval = grid.intervalOf(local("2026-11-02T23:45:10", SHANGHAI));

        assertEquals(Instant.parse("2026-11-02T15:30:00Z"), interval.start());
        assertEquals(Instant.parse("2026-11-02T16:00:00Z"), interval.end());
        assertEquals(grid.dayStart(LocalDate.of(2026, 11, 3)), interval.end());
        assertEquals("2026-11-02 23:30–00:00", interval.label(SHANGHAI));
    }

    @Test
    void callEnqueuedOnABoundaryBelongsToTheIntervalItStarts() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 30);

        Interval interval = grid.intervalOf(local("2026-11-02T10:30:00", SHANGHAI));

        assertEquals(local("2026-11-02T10:30:00", SHANGHAI), interval.start());
        assertEquals(local("2026-11-02T11:00:00", SHANGHAI), interval.end());
    }

    @Test
    void fifteenMinuteGridFloorsToTheQuarterHour() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 15);

        Interval interval = grid.intervalOf(local("2026-11-02T10:29:59.999", SHANGHAI));

        assertEquals("2026-11-02 10:15–10:30", interval.label(SHANGHAI));
        assertEquals(96, intervalsOfDay(grid, LocalDate.of(2026, 11, 2)).size());
    }

    @Test
    void sixtyMinuteGridFloorsToTheHour() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 60);

        assertEquals("2026-11-02 10:00–11:00", grid.intervalOf(local("2026-11-02T10:59:59", SHANGHAI)).label(SHANGHAI));
        assertEquals("2026-11-02 23:00–00:00", grid.intervalOf(local("2026-11-02T23:00:00", SHANGHAI)).label(SHANGHAI));
        assertEquals("2026-11-02 00:00–01:00", grid.intervalOf(local("2026-11-02T00:00:00", SHANGHAI)).label(SHANGHAI));
        assertEquals(24, intervalsOfDay(grid, LocalDate.of(2026, 11, 2)).size());
    }

    @Test
    void onlyFifteenThirtyOrSixtyMinutesAreAllowed() {
        for (int minutes : new int[] {0, -15, 10, 20, 45, 90, 120}) {
            assertThrows(IllegalArgumentException.class, () -> new IntervalGrid(SHANGHAI, minutes));
        }
        assertThrows(NullPointerException.class, () -> new IntervalGrid(null, 30));
    }

    @Test
    void springForwardDayIsTwentyThreeHoursOfThirtyMinuteIntervalsFromLocalMidnight() {
        IntervalGrid grid = new IntervalGrid(NEW_YORK, 30);
        LocalDate day = LocalDate.of(2026, 3, 8);

        assertEquals(Duration.ofHours(23), Duration.between(grid.dayStart(day), grid.dayEnd(day)));
        List<Interval> intervals = intervalsOfDay(grid, day);
        assertEquals(46, intervals.size());
        intervals.forEach(i -> assertEquals(Duration.ofMinutes(30), Duration.between(i.start(), i.end())));
        assertEquals(grid.dayStart(day), intervals.get(0).start());
        assertEquals(grid.dayEnd(day), intervals.get(45).end());
        assertEquals("2026-03-08 23:30–00:00", intervals.get(45).label(NEW_YORK));
    }

    @Test
    void springForwardIntervalsCountElapsedMinutesAcrossTheSkippedHour() {
        IntervalGrid grid = new IntervalGrid(NEW_YORK, 30);

        // 03:10 EDT is 2 h 10 min after local midnight (02:00-03:00 does not exist), so it falls in the 5th window.
        Interval interval = grid.intervalOf(local("2026-03-08T03:10:00", NEW_YORK));

        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), interval.start());
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), interval.end());
        assertEquals("2026-03-08 01:30–03:00", grid.intervalOf(Instant.parse("2026-03-08T06:45:00Z")).label(NEW_YORK));
    }

    @Test
    void fallBackDayIsTwentyFiveHoursOfSixtyMinuteIntervalsFromLocalMidnight() {
        IntervalGrid grid = new IntervalGrid(NEW_YORK, 60);
        LocalDate day = LocalDate.of(2026, 11, 1);

        assertEquals(Duration.ofHours(25), Duration.between(grid.dayStart(day), grid.dayEnd(day)));
        List<Interval> intervals = intervalsOfDay(grid, day);
        assertEquals(25, intervals.size());
        intervals.forEach(i -> assertEquals(Duration.ofMinutes(60), Duration.between(i.start(), i.end())));
        assertEquals(grid.dayEnd(day), intervals.get(24).end());
        assertEquals("2026-11-01 23:00–00:00", intervals.get(24).label(NEW_YORK));
    }

    @Test
    void fallBackRepeatedHourGetsItsOwnIntervals() {
        IntervalGrid grid = new IntervalGrid(NEW_YORK, 30);

        Interval firstPass = grid.intervalOf(Instant.parse("2026-11-01T05:10:00Z"));  // 01:10 EDT
        Interval secondPass = grid.intervalOf(Instant.parse("2026-11-01T06:10:00Z")); // 01:10 EST

        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), firstPass.start());
        assertEquals(Instant.parse("2026-11-01T06:00:00Z"), secondPass.start());
        assertEquals(50, intervalsOfDay(grid, LocalDate.of(2026, 11, 1)).size());
        assertEquals(grid.dayEnd(LocalDate.of(2026, 11, 1)),
                grid.intervalOf(local("2026-11-01T23:59:59", NEW_YORK)).end());
    }

    @Test
    void lastIntervalIsCutAtNextLocalMidnightWhenTheDayIsNotAMultipleOfN() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe"); // shifts by 30 minutes
        IntervalGrid grid = new IntervalGrid(lordHowe, 60);
        LocalDate day = LocalDate.of(2026, 4, 5);

        assertEquals(Duration.ofMinutes(24 * 60 + 30), Duration.between(grid.dayStart(day), grid.dayEnd(day)));
        Interval last = grid.intervalOf(grid.dayEnd(day).minusSeconds(1));
        assertEquals(grid.dayEnd(day), last.end());
        assertEquals(Duration.ofMinutes(30), Duration.between(last.start(), last.end()));
    }

    @Test
    void dayAndMonthAreTheCentersLocalOnes() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 30);
        Instant justAfterLocalMidnight = Instant.parse("2026-11-30T16:30:00Z"); // 2026-12-01 00:30 in Shanghai

        assertEquals(LocalDate.of(2026, 12, 1), grid.dayOf(justAfterLocalMidnight));
        assertEquals(YearMonth.of(2026, 12), grid.monthOf(justAfterLocalMidnight));
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), grid.dayStart(LocalDate.of(2026, 12, 1)));
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), grid.dayEnd(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void lastDayOfFebruaryFollowsLeapYears() {
        IntervalGrid grid = new IntervalGrid(SHANGHAI, 30);

        assertTrue(grid.isLastDayOfMonth(LocalDate.of(2027, 2, 28)));
        assertFalse(grid.isLastDayOfMonth(LocalDate.of(2028, 2, 28)));
        assertTrue(grid.isLastDayOfMonth(LocalDate.of(2028, 2, 29)));
        assertTrue(grid.isLastDayOfMonth(LocalDate.of(2026, 12, 31)));
        assertFalse(grid.isLastDayOfMonth(LocalDate.of(2026, 11, 2)));
    }
}
