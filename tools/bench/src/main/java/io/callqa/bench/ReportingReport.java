package io.callqa.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReportingBench} prints: the data loaded (time, totals, table sizes), the ceilings (a trivial request,
 * raw SQL), every report's latencies with the target (p95 ≤ 200 ms), the bulletin's generation time
 * (≤ 2 s), and what the service offers that was not measured.
 */
final class ReportingReport {

    static final double TARGET_P95_MS = 200;
    static final double TARGET_BULLETIN_MS = 2_000;

    final ReportingOptions options;
    String loadBefore;
    String loadAfter;
    double loadSeconds = -1;
    Map<String, Double> loadSteps = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, long[]> sizes = new LinkedHashMap<>();
    ReportTiming health;
    final List<ReportTiming> rawSql = new ArrayList<>();
    final List<ReportTiming> reports = new ArrayList<>();
    final Map<String, CpuMeter.Usage> cores = new LinkedHashMap<>();
    final List<String> absent = new ArrayList<>();
    final List<String> notMeasured = new ArrayList<>();
    String bulletinWeek;
    String bulletinTarget;
    final List<Double> bulletinMillis = new ArrayList<>();
    int bulletinsGenerated;
    final Map<Integer, Integer> bulletinStatuses = new java.util.TreeMap<>();
    final List<Integer> bulletinRunStatuses = new ArrayList<>();
    String bulletinError;
    final List<String> statements = new ArrayList<>();

    ReportingReport(ReportingOptions options) {
        this.options = options;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        ReportingOptions.DataSize size = options.size();
        out.append(String.format("data: %d agents in %d teams, %d queues, %d days from %s, %,d calls/day, %,d "
                + "evaluations, seed %d%n", size.agents(), size.teams(), ReportingOptions.DataSize.QUEUES,
                size.days(), size.firstDay(), size.callsPerDay(), size.evaluations(), size.seed()));
        if (loadSeconds >= 0) {
            out.append(String.format("loaded in %.1f s:", loadSeconds));
            loadSteps.forEach((step, s) -> out.append(String.format(" %s %.1f s;", step, s)));
            out.append('\n');
        } else {
            out.append("loaded before (kept data directory), not timed\n");
        }
        out.append("totals:");
        totals.forEach((name, n) -> out.append(String.format(" %s %,d;", name, n)));
        out.append("\ntables (rows, MB with indexes):");
        long total = 0;
        for (Map.Entry<String, long[]> table : sizes.entrySet()) {
            out.append(String.format(" %s %,d / %,d;", table.getKey(), table.getValue()[0],
                    table.getValue()[1] >> 20));
            total += table.getValue()[1];
        }
        out.append(String.format(" total %,d MB%n", total >> 20));
        if (health == null) {
            return out.toString();
        }
        out.append(String.format("%nrequests one at a time, %d measured per endpoint after %d unmeasured, qa-lead "
                + "token; ms; 'x health' = p95 / p95 of the trivial request%n", options.requests(),
                options.warmup()));
        out.append(String.format("%-34s %6s %8s %8s %8s %8s %9s %8s  %-20s %s%n", "endpoint", "n", "p50", "p95",
                "p99", "max", "x health", "bytes", "cores svc/pg/other", "p95<=200"));
        row(out, health, null);
        for (ReportTiming sql : rawSql) {
            row(out, sql, null);
        }
        for (ReportTiming report : reports) {
            row(out, report, report.p95() <= TARGET_P95_MS && report.allOk() ? "PASS" : "FAIL");
        }
        for (ReportTiming report : reports) {
            if (report.firstError() != null) {
                out.append("  ").append(report.name()).append(": ").append(report.statuses()).append(" first: ")
                        .append(report.firstError().replace('\n', ' ')).append('\n');
            }
        }
        if (bulletinTarget != null) {
            double max = bulletinMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            out.append(String.format("%nbulletin generation, busiest week %s (%s), %d runs: %s ms, answers %s; max %.0f"
                    + " ms  %s%n", bulletinWeek, bulletinTarget, bulletinMillis.size(), bulletinMillis.stream()
                            .map(ms -> String.format("%.0f", ms)).toList(), bulletinRunStatuses, max,
                    bulletinOk() ? "PASS (<= 2 s)" : "FAIL"));
            out.append(String.format("bulletins generated beforehand for the GET requests: %d weeks, answers %s%n",
                    bulletinsGenerated, bulletinStatuses));
            if (bulletinError != null) {
                out.append("  first failed generation: ").append(bulletinError.replace('\n', ' ')).append('\n');
            }
        } else {
            out.append("\nbulletin generation: the service offers no POST under /api/v1/reports/bulletins: not timed\n");
        }
        if (!absent.isEmpty()) {
            out.append("\nnot offered by this build (no such path in /q/openapi): ").append(absent).append('\n');
        }
        if (!notMeasured.isEmpty()) {
            out.append("offered but not measured (parameters this benchmark cannot fill): ").append(notMeasured)
                    .append('\n');
        }
        if (!statements.isEmpty()) {
            out.append("\nslowest statements (pg_stat_statements, mean ms, calls):\n");
            statements.forEach(s -> out.append("  ").append(s).append('\n'));
        }
        out.append(String.format("%nload average before %s, after %s%n", loadBefore, loadAfter));
        return out.toString();
    }

    private void row(StringBuilder out, ReportTiming t, String verdict) {
        CpuMeter.Usage usage = cores.get(t.name());
        String cpu = usage == null ? "" : String.format("%.2f/%.2f/%.2f", usage.ingest(), usage.postgres(),
                usage.other());
        double ratio = health == null || health.p95() == 0 ? Double.NaN : t.p95() / health.p95();
        out.append(String.format("%-34s %6d %8.1f %8.1f %8.1f %8.1f %9.0f %8d  %-20s %s%n", cut(t.name()),
                t.requests(), t.p50(), t.p95(), t.p99(), t.max(), ratio, t.averageBytes(), cpu,
                verdict == null ? "" : verdict));
    }

    private static String cut(String name) {
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }

    boolean targetsMet() {
        boolean reportsOk = reports.stream().allMatch(r -> r.p95() <= TARGET_P95_MS && r.allOk());
        return reportsOk && bulletinOk();
    }

    private boolean bulletinOk() {
        return bulletinMillis.stream().allMatch(ms -> ms <= TARGET_BULLETIN_MS)
                && bulletinRunStatuses.stream().allMatch(s -> s / 100 == 2);
    }
}
