package io.callqa.scoring.plans;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * The month a plan is for, as written in {@code /api/v1/plans/{month}} ({@code 2026-11}). Its instants run from the
 * first midnight of the month up to, not including, the first midnight of the next, in the center's zone.
 */
public record MonthKey(YearMonth month) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    public MonthKey {
        Objects.requireNonNull(month, "month");
    }

    /** Reads {@code yyyy-MM}, e.g. {@code 2026-11}; anything else is an {@link IllegalArgumentException}. */
    public static MonthKey parse(String text) {
        try {
            return new MonthKey(YearMonth.parse(Objects.requireNonNull(text, "month"), FORMAT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must look like 2026-11 (year-month), was '" + text + "'", e);
        }
    }

    /** The month {@code instant} falls in, in {@code zone}. */
    public static MonthKey of(Instant instant, ZoneId zone) {
        return new MonthKey(YearMonth.from(instant.atZone(zone)));
    }

    /** The first instant of the month in {@code zone}. */
    public Instant start(ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after the month in {@code zone} (exclusive end). */
    public Instant end(ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Whether {@code instant} falls in [start, end) in {@code zone}. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }

    @Override
    public String toString() {
        return month.format(FORMAT);
    }
}
