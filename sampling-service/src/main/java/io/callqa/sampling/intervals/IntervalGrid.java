package io.callqa.sampling.intervals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The center's reporting grid: N-minute intervals (15, 30 or 60) counted in elapsed time from LOCAL midnight in the
 * center's zone, so a DST day of 23 h or 25 h is still a run of N-minute windows from midnight, the last one ending at
 * the next local midnight (cut short there if the day's length is not a multiple of N).
 */
public final class IntervalGrid {

    private final ZoneId zone;
    private final int minutes;

    public IntervalGrid(ZoneId zone, int minutes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (minutes != 15 && minutes != 30 && minutes != 60) {
            throw new IllegalArgumentException("interval must be 15, 30 or 60 minutes, was " + minutes);
        }
        this.minutes = minutes;
    }

    public ZoneId zone() {
        return zone;
    }

    public int minutes() {
        return minutes;
    }

    /** The interval holding this instant (a call belongs to the interval of its enqueuedAt); its start is included. */
    public Interval intervalOf(Instant t) {
        LocalDate day = dayOf(t);
        Instant dayStart = dayStart(day);
        long k = Duration.between(dayStart, t).toMinutes() / minutes;
        Instant start = dayStart.plus(Duration.ofMinutes(k * minutes));
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Instant dayEnd = dayEnd(day);
        return new Interval(start, end.isAfter(dayEnd) ? dayEnd : end);
    }

    /** The center's local date at this instant. */
    public LocalDate dayOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** The first instant of the local day (local midnight, or the first valid time if midnight is skipped). */
    public Instant dayStart(LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
    }

    /** The end of the local day, excluded: the next day's start, so a DST day is 23 h or 25 h long. */
    public Instant dayEnd(LocalDate d) {
        return dayStart(d.plusDays(1));
    }

    /** The center's local month at this instant. */
    public YearMonth monthOf(Instant t) {
        return YearMonth.from(dayOf(t));
    }

    /** Whether the month's report can be closed with this day's last interval. */
    public boolean isLastDayOfMonth(LocalDate d) {
        return d.getDayOfMonth() == d.lengthOfMonth();
    }
}
