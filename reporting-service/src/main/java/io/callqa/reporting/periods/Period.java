package io.callqa.reporting.periods;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callqa.kit.problem.ProblemException;

/**
 * A report's period: an ISO week (Monday first), a month, a quarter, or a range of days, as local dates in the
 * center's zone. {@code end} is exclusive, so every period is the day range {@code start <= day < end}.
 */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { WEEK, MONTH, QUARTER, RANGE }

    /** The longest range a report may ask for with {@code from}/{@code to}. */
    public static final int MAX_RANGE_DAYS = 366;

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("empty period " + start + ".." + end);
        }
    }

    /** The Monday-to-Sunday week that holds {@code day}. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusWeeks(1));
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** The quarter (1–4) of {@code year}. */
    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3));
    }

    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** {@code from} and {@code to} inclusive. */
    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from, to.plusDays(1));
    }

    /**
     * The period of a request: exactly one of {@code week} ({@code 2026-W47}), {@code month} ({@code 2026-11}),
     * {@code quarter} ({@code 2026-Q4}) or {@code from}+{@code to} ({@code 2026-11-01}, inclusive, at most
     * {@value #MAX_RANGE_DAYS} days). Anything else is a 400 naming the parameter.
     */
    public static Period parse(String week, String month, String quarter, String from, String to) {
        int given = count(week) + count(month) + count(quarter) + (from != null || to != null ? 1 : 0);
        if (given == 0) {
            throw ProblemException.invalid("period", "give one of week (YYYY-Www), month (YYYY-MM), quarter (YYYY-Qn) "
                    + "or from and to (YYYY-MM-DD)");
        }
        if (given > 1) {
            throw ProblemException.invalid("period", "give only one of week, month, quarter or from/to");
        }
        if (week != null) {
            return parseWeek(week);
        }
        if (month != null) {
            return month(parseMonth("month", month));
        }
        if (quarter != null) {
            return parseQuarter(quarter);
        }
        return parseRange(from, to);
    }

    public static Period parseWeek(String week) {
        Matcher m = WEEK.matcher(week.strip());
        int w = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (w < 1 || w > 53) {
            throw ProblemException.invalid("week", "must be an ISO week YYYY-Www, e.g. 2026-W47");
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
        if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != w) {
            throw ProblemException.invalid("week", m.group(1) + " has no week " + w);
        }
        return weekOf(monday);
    }

    public static YearMonth parseMonth(String field, String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be YYYY-MM, e.g. 2026-11");
        }
    }

    public static Period parseQuarter(String quarter) {
        Matcher m = QUARTER.matcher(quarter.strip());
        if (!m.matches()) {
            throw ProblemException.invalid("quarter", "must be YYYY-Qn with n from 1 to 4, e.g. 2026-Q4");
        }
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static Period parseRange(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (first.plusDays(MAX_RANGE_DAYS).isBefore(last.plusDays(1))) {
            throw ProblemException.invalid("to", "a range may span at most " + MAX_RANGE_DAYS + " days");
        }
        return range(first, last);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required with " + (field.equals("from") ? "to" : "from")
                    + " (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be YYYY-MM-DD, e.g. 2026-11-01");
        }
    }

    private static int count(String value) {
        return value == null ? 0 : 1;
    }

    /** The period just before, of the same kind and length (the previous week, month, quarter or range). */
    public Period previous() {
        return switch (kind) {
            case WEEK -> new Period(kind, start.minusWeeks(1), start);
            case MONTH -> new Period(kind, start.minusMonths(1), start);
            case QUARTER -> new Period(kind, start.minusMonths(3), start);
            case RANGE -> new Period(kind, start.minusDays(days()), start);
        };
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }

    /** The last day of the period (inclusive). */
    public LocalDate last() {
        return end.minusDays(1);
    }

    /**
     * The grain of the aggregates that answer this period: {@code "month"} when it is whole calendar months (a month,
     * a quarter, or a range from a first to a last day of a month), else {@code "day"}. The aggregate tables are
     * named {@code <what>_day} / {@code <what>_month} with the columns {@code day} / {@code month} (its first day).
     */
    public String grain() {
        return start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1 ? "month" : "day";
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** Each day of the period in order. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }

    /** {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4} or {@code 2026-11-01..2026-11-30}. */
    public String label() {
        return switch (kind) {
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case RANGE -> start + ".." + last();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
