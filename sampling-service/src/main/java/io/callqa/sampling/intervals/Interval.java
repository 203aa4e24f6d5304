package io.callqa.sampling.intervals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** One reporting window of the grid, its start included and its end excluded. */
public record Interval(Instant start, Instant end) {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm");

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " is not before its end " + end);
        }
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The interval as a report shows it in local time, e.g. "2026-11-02 23:30–00:00". */
    public String label(ZoneId zone) {
        return START.format(start.atZone(zone)) + "–" + END.format(end.atZone(zone));
    }
}
