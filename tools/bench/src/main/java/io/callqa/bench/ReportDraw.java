package io.callqa.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of the {@code i}-th request to a report, drawn deterministically from {@code i}: an agent, a team,
 * and a week, month or quarter inside the loaded data (whole weeks and months only; quarters that overlap it).
 */
final class ReportDraw {

    private final ReportingOptions.DataSize size;
    private final List<String> weeks = new ArrayList<>();
    private final List<LocalDate> mondays = new ArrayList<>();
    private final List<String> months = new ArrayList<>();
    private final List<String> quarters = new ArrayList<>();
    private final long i;
    private String fixedWeek;

    ReportDraw(ReportingOptions.DataSize size, long i) {
        this.size = size;
        this.i = i;
        LocalDate first = size.firstDay();
        LocalDate end = size.lastDay().plusDays(1);
        for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !monday.plusWeeks(1).isAfter(end); monday = monday.plusWeeks(1)) {
            weeks.add(week(monday));
            mondays.add(monday);
        }
        for (YearMonth month = YearMonth.from(first); !month.atEndOfMonth().isAfter(size.lastDay());
                month = month.plusMonths(1)) {
            if (!month.atDay(1).isBefore(first)) {
                months.add(month.toString());
            }
        }
        for (LocalDate day = first; day.isBefore(end); day = day.plusMonths(1)) {
            String quarter = day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            if (!quarters.contains(quarter)) {
                quarters.add(quarter);
            }
        }
        if (weeks.isEmpty()) {
            weeks.add(week(first));
            mondays.add(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
        if (months.isEmpty()) {
            months.add(YearMonth.from(first).toString());
        }
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    String agent() {
        return String.format("a-%04d", 1 + pick(1, size.agents()));
    }

    String team() {
        return String.format("t-%02d", 1 + pick(2, size.teams()));
    }

    String week() {
        return fixedWeek != null ? fixedWeek : weeks.get(pick(3, weeks.size()));
    }

    /** The same draw, but always this week (the bulletin's busiest week). */
    ReportDraw withWeek(String week) {
        fixedWeek = week;
        return this;
    }

    /** A Thursday whose 7 days before lie inside the data (the complaint summary's publication day). */
    String thursday() {
        int k = pick(6, mondays.size());
        return mondays.get(k).plusDays(10).isAfter(size.lastDay().plusDays(1)) ? mondays.get(k).plusDays(3).toString()
                : mondays.get(k).plusDays(10).toString();
    }

    String month() {
        return months.get(pick(4, months.size()));
    }

    String quarter() {
        return quarters.get(pick(5, quarters.size()));
    }

    List<String> weeks() {
        return weeks;
    }

    /** A well-mixed hash of the request number and a salt, in {@code [0, bound)}. */
    private int pick(int salt, int bound) {
        long z = i * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + size.seed();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Math.floorMod(z, (long) bound);
    }
}
