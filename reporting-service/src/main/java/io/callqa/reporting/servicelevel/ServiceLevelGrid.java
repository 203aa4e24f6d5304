package io.callqa.reporting.servicelevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.callqa.reporting.figures.Ratio;
import io.callqa.reporting.periods.Period;

/**
 * Lays the intervals out as a grid: one row per day of the period (also days without intervals), one column per
 * start time of day present in any day. A day's service level = Σ answered within ÷ Σ offered of its intervals, a
 * missed interval is one with the verdict MISSED; answer speed = Σ wait ÷ Σ answered and abandon rate = Σ abandoned ÷
 * Σ offered of the day's call records. The period's totals add up the days the same way.
 */
public final class ServiceLevelGrid {

    private ServiceLevelGrid() {
    }

    public static ServiceLevelReport build(Period period, String scope, String queueId, Integer lengthMinutes,
            List<IntervalRow> rows, Map<LocalDate, CallFigures> calls) {
        List<String> times = new ArrayList<>(new TreeSet<>(rows.stream().map(IntervalRow::time).toList()));
        Map<LocalDate, List<IntervalRow>> byDay = new HashMap<>();
        rows.forEach(r -> byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        List<ServiceLevelReport.Day> days = new ArrayList<>();
        for (LocalDate day : period.dates()) {
            List<IntervalRow> dayRows = byDay.getOrDefault(day, List.of());
            days.add(new ServiceLevelReport.Day(day, cells(times, dayRows),
                    dayRows.stream().filter(IntervalRow::missed).map(IntervalRow::time).toList(),
                    totals(dayRows, calls.getOrDefault(day, CallFigures.NONE))));
        }
        CallFigures allCalls = calls.entrySet().stream().filter(e -> period.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(CallFigures.NONE, CallFigures::plus);
        return new ServiceLevelReport(period.label(), period.start(), period.last(), scope, queueId, lengthMinutes,
                times, days, totals(rows, allCalls));
    }

    private static List<BigDecimal> cells(List<String> times, List<IntervalRow> dayRows) {
        Map<String, IntervalRow> byTime = new HashMap<>();
        dayRows.forEach(r -> byTime.put(r.time(), r));
        List<BigDecimal> cells = new ArrayList<>();
        for (String time : times) {
            IntervalRow row = byTime.get(time);
            cells.add(row == null || row.offered() == 0 ? null
                    : row.serviceLevel() != null ? Ratio.round(row.serviceLevel(), Ratio.SHARE_SCALE)
                    : Ratio.share(row.answeredWithin(), row.offered()));
        }
        return cells;
    }

    static ServiceLevelReport.Totals totals(List<IntervalRow> rows, CallFigures calls) {
        long offered = rows.stream().mapToLong(IntervalRow::offered).sum();
        long within = rows.stream().mapToLong(IntervalRow::answeredWithin).sum();
        return new ServiceLevelReport.Totals(offered, within, rows.stream().mapToLong(IntervalRow::abandoned).sum(),
                Ratio.share(within, offered), (int) rows.stream().filter(IntervalRow::missed).count(),
                Ratio.of(calls.waitSeconds(), calls.answered(), 1), Ratio.share(calls.abandoned(), calls.offered()));
    }
}
