package io.callqa.reporting.servicelevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The service-level report as CSV (one row per day, one column per interval) and as a printable page. */
final class ServiceLevelDocument {

    private static final List<String> TOTAL_COLUMNS = List.of("day", "offered", "answered_within", "abandoned",
            "service_level", "missed_intervals", "answer_speed_seconds", "abandon_rate");

    private ServiceLevelDocument() {
    }

    static Table table(ServiceLevelReport report) {
        List<String> columns = new ArrayList<>(TOTAL_COLUMNS);
        columns.addAll(report.intervals());
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceLevelReport.Day day : report.days()) {
            List<Object> row = totals(day.day().toString(), day.totals());
            row.addAll(day.serviceLevels());
            rows.add(row);
        }
        List<Object> total = totals("total", report.total());
        report.intervals().forEach(i -> total.add(null));
        rows.add(total);
        return new Table(columns, rows);
    }

    private static List<Object> totals(String label, ServiceLevelReport.Totals t) {
        return new ArrayList<>(Arrays.asList(label, t.offered(), t.answeredWithin(), t.abandoned(),
                t.serviceLevel(), t.missedIntervals(), t.answerSpeedSeconds(), t.abandonRate()));
    }

    static String html(ServiceLevelReport report) {
        String scope = report.queueId() == null ? "全中心 center" : "队列 queue " + report.queueId();
        String length = report.lengthMinutes() == null ? "no intervals" : report.lengthMinutes() + " min";
        return HtmlPage.titled("20秒接通率 Service level " + report.period())
                .subtitle(report.from() + " – " + report.to() + " · " + scope + " · " + length)
                .section("日 × 时段 Day × interval")
                .svg(Charts.grid("20秒接通率 20-second service level", report.days().stream()
                        .map(d -> d.day().toString()).toList(), report.intervals(), values(report), missed(report)))
                .section("每日合计 Daily totals")
                .table(table(report))
                .render();
    }

    private static Double[][] values(ServiceLevelReport report) {
        Double[][] values = new Double[report.days().size()][];
        for (int d = 0; d < values.length; d++) {
            values[d] = report.days().get(d).serviceLevels().stream()
                    .map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
        }
        return values;
    }

    private static boolean[][] missed(ServiceLevelReport report) {
        boolean[][] marked = new boolean[report.days().size()][report.intervals().size()];
        for (int d = 0; d < marked.length; d++) {
            List<String> missed = report.days().get(d).missed();
            for (int i = 0; i < report.intervals().size(); i++) {
                marked[d][i] = missed.contains(report.intervals().get(i));
            }
        }
        return marked;
    }
}
