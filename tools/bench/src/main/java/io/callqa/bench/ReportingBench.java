package io.callqa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.callqa.local.LocalStack;
import io.callqa.local.StackOptions;
import io.callqa.local.postgres.Databases;

/**
 * The reporting benchmark (issue 7, "Performance"). Starts Kafka, PostgreSQL and the packaged reporting service with
 * the local-stack launcher (Flyway creates the read models), loads a year of a generated 1,000-agent center straight
 * into the read models ({@link ReadModelData}: the rows the projections would have written), then times every
 * report the service offers, one request at a time, against two ceilings measured in the same run: a trivial
 * request ({@code /q/health/live}) and raw SQL of representative queries over JDBC; and the weekly bulletin's
 * generation for the busiest week. Exit status 0 when every report answers with p95 ≤ 200 ms and the bulletin in
 * ≤ 2 s, 2 when not, 1 when the run fails.
 */
public final class ReportingBench {

    private ReportingBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // the slowest statements are printed at the end (a small cost per statement; BENCH_JAVA_OPTS may override)
        if (System.getProperty("callqa.postgres.settings") == null) {
            System.setProperty("callqa.postgres.settings", "shared_preload_libraries=pg_stat_statements");
        }
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(ReportingOptions.USAGE);
            return;
        }
        ReportingOptions options;
        try {
            options = ReportingOptions.parse(List.of(args));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.print("error: " + e.getMessage() + "\n" + ReportingOptions.USAGE);
            System.exit(1);
            return;
        }
        AtomicReference<Integer> status = new AtomicReference<>(1);
        Thread bench = new Thread(() -> status.set(runAndPrint(options)), "bench-main");
        bench.start();
        bench.join();
        System.exit(status.get());
    }

    private static int runAndPrint(ReportingOptions options) {
        try {
            ReportingReport report = run(options);
            System.out.println(report.text());
            return report.targetsMet() ? 0 : 2;
        } catch (Exception e) {
            System.err.println("error: the reporting benchmark failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }

    static ReportingReport run(ReportingOptions options) throws Exception {
        ReportingReport report = new ReportingReport(options);
        report.loadBefore = SamplingBench.loadAverage();
        Path data = options.data() != null ? Files.createDirectories(options.data())
                : Files.createTempDirectory("callqa-reporting-bench-");
        SamplingBench.progress(String.format("data directory %s (%,d MB free)", data,
                Files.getFileStore(data).getUsableSpace() >> 20));
        SamplingBench.progress("starting Kafka, PostgreSQL and the reporting service ...");
        try (LocalStack stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data)
                .withServices("reporting"));
                Connection db = DriverManager.getConnection(stack.jdbcUrl("reporting"), Databases.USER,
                        Databases.PASSWORD)) {
            load(db, options, report);
            if (options.loadOnly()) {
                return report;
            }
            measure(stack, db, data, options, report);
            report.loadAfter = SamplingBench.loadAverage();
            return report;
        } finally {
            SamplingBench.cleanUp(data, options.keep());
        }
    }

    private static void load(Connection db, ReportingOptions options, ReportingReport report) throws Exception {
        ReadModelLoader loader = new ReadModelLoader(db);
        if (loader.loaded(options.size())) {
            SamplingBench.progress("the read models already hold this size: loading skipped");
        } else {
            SamplingBench.progress("loading " + options.size() + " ...");
            long start = System.nanoTime();
            loader.load(options.size());
            report.loadSeconds = (System.nanoTime() - start) / 1e9;
            report.loadSteps = loader.seconds;
            SamplingBench.progress(String.format("loaded in %.1f s", report.loadSeconds));
        }
        report.totals = loader.totals();
        report.sizes = loader.sizes();
    }

    private static void measure(LocalStack stack, Connection db, Path data, ReportingOptions options,
            ReportingReport report) throws Exception {
        String url = stack.serviceUrl("reporting");
        ReportRequests http = new ReportRequests(url, stack.token("qa-lead", "bench-qa-lead", null, null));
        CpuMeter cpu = new CpuMeter(stack.servicePid("reporting"), SamplingBench::isLoadGeneratorThread,
                data.resolve("postgres"));
        ReportingOptions.DataSize size = options.size();
        int n = options.requests();
        int warmup = options.warmup();

        CpuMeter.Snapshot before = cpu.snapshot();
        report.health = http.measure("ceiling: GET /q/health/live", "GET", i -> "/q/health/live", warmup, n,
                options.capPerEndpoint());
        report.cores.put(report.health.name(), cpu.since(before));
        rawSql(db, size, Math.min(n, 100), report);

        ReportRequests.Answer openApi = http.send("GET", "/q/openapi?format=json");
        List<OpenApiPaths.Operation> operations = OpenApiPaths.parse(openApi.body(), "/api/v1/reports");
        List<ReportEndpoint> endpoints = endpoints(operations, report);

        bulletins(http, db, size, operations, report);

        for (ReportEndpoint endpoint : endpoints) {
            SamplingBench.progress("measuring " + endpoint.name() + " ...");
            CpuMeter.Snapshot start = cpu.snapshot();
            ReportTiming timing = http.measure(endpoint.name(), endpoint.method(),
                    i -> endpoint.target().apply(new ReportDraw(size, i)), warmup, n, options.capPerEndpoint());
            report.cores.put(endpoint.name(), cpu.since(start));
            report.reports.add(timing);
            SamplingBench.progress(String.format("  p50 %.1f ms, p95 %.1f ms, max %.1f ms %s", timing.p50(),
                    timing.p95(), timing.max(), timing.statuses()));
        }
        statements(stack.jdbcUrl("reporting"), report);
    }

    /** The known endpoints the service offers, then an automatic entry for each report GET none covers. */
    static List<ReportEndpoint> endpoints(List<OpenApiPaths.Operation> operations, ReportingReport report) {
        Set<String> offered = new HashSet<>();
        operations.forEach(o -> offered.add(o.method() + " " + ReportEndpoint.shape(o.path())));
        List<ReportEndpoint> endpoints = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ReportEndpoint known : ReportEndpoint.known()) {
            String key = known.method() + " " + ReportEndpoint.shape(known.path());
            if (offered.contains(key)) {
                endpoints.add(known);
                covered.add(key);
            } else {
                report.absent.add(known.name());
            }
        }
        for (OpenApiPaths.Operation operation : operations) {
            String key = operation.method() + " " + ReportEndpoint.shape(operation.path());
            if (!operation.method().equals("GET") || covered.contains(key)) {
                continue;
            }
            ReportEndpoint generic = ReportEndpoint.generic(operation.method(), operation.path(),
                    operation.parameters());
            if (generic == null) {
                report.notMeasured.add(key);
            } else {
                endpoints.add(generic);
            }
        }
        return endpoints;
    }

    /**
     * The bulletin: its regeneration (a POST under {@code /api/v1/reports/bulletins}) for every week the GET
     * requests may ask for, then {@code --bulletin-runs} timed regenerations of the week with the most evaluations.
     */
    private static void bulletins(ReportRequests http, Connection db, ReportingOptions.DataSize size,
            List<OpenApiPaths.Operation> operations, ReportingReport report) throws Exception {
        OpenApiPaths.Operation regenerate = operations.stream()
                .filter(o -> o.method().equals("POST") && o.path().startsWith("/api/v1/reports/bulletins"))
                .findFirst().orElse(null);
        if (regenerate == null) {
            return;
        }
        ReportEndpoint post = ReportEndpoint.generic("POST", regenerate.path(), regenerate.parameters());
        if (post == null) {
            report.notMeasured.add("POST " + regenerate.path());
            return;
        }
        ReportDraw draws = new ReportDraw(size, 0);
        SamplingBench.progress("generating the bulletins of " + draws.weeks().size() + " weeks ...");
        long start = System.nanoTime();
        for (String week : draws.weeks()) {
            ReportRequests.Answer answer = http.send("POST", post.target().apply(new ReportDraw(size, 0)
                    .withWeek(week)));
            report.bulletinStatuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() / 100 != 2 && report.bulletinError == null) {
                report.bulletinError = answer.status() + " for " + week + ": " + answer.body();
            }
            report.bulletinsGenerated++;
        }
        SamplingBench.progress(String.format("generated in %.1f s: %s", (System.nanoTime() - start) / 1e9,
                report.bulletinStatuses));
        report.bulletinWeek = busiestWeek(db);
        String target = post.target().apply(new ReportDraw(size, 0).withWeek(report.bulletinWeek));
        report.bulletinTarget = "POST " + target;
        for (int run = 0; run < Math.max(1, report.options.bulletinRuns()); run++) {
            ReportRequests.Answer answer = http.send("POST", target);
            report.bulletinMillis.add(answer.nanos() / 1e6);
            report.bulletinRunStatuses.add(answer.status());
            SamplingBench.progress(String.format("bulletin %s: %d in %.0f ms", report.bulletinWeek,
                    answer.status(), answer.nanos() / 1e6));
        }
    }

    static String busiestWeek(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                select date_trunc('week', day)::date from evaluation_fact where latest
                 group by 1 having count(distinct day) = 7 order by count(*) desc limit 1""")) {
            rows.next();
            return ReportDraw.week(rows.getObject(1, LocalDate.class));
        }
    }

    /** The ceiling in SQL: two representative report queries straight over JDBC, with the same draws. */
    private static void rawSql(Connection db, ReportingOptions.DataSize size, int n, ReportingReport report)
            throws Exception {
        report.rawSql.add(sql(db, "ceiling: SQL pareto center month", """
                select item_id, sum(points_lost) as lost, count(*) from evaluation_item_fact
                 where latest and day >= ?::date and day < ?::date
                 group by item_id order by lost desc""", size, n, false));
        report.rawSql.add(sql(db, "ceiling: SQL team scorecard month", """
                select agent_id, count(*), avg(total_score), min(total_score), count(*) filter (where critical_failed)
                  from evaluation_fact
                 where latest and team_id = ? and day >= ?::date and day < ?::date
                 group by agent_id""", size, n, true));
    }

    private static ReportTiming sql(Connection db, String name, String query, ReportingOptions.DataSize size,
            int n, boolean team) throws Exception {
        long[] nanos = new long[n];
        try (PreparedStatement statement = db.prepareStatement(query)) {
            for (int k = -10; k < n; k++) {
                ReportDraw draw = new ReportDraw(size, k < 0 ? 1_000_000L + k : k);
                int p = 1;
                if (team) {
                    statement.setString(p++, draw.team());
                }
                java.time.YearMonth month = java.time.YearMonth.parse(draw.month());
                statement.setString(p++, month.atDay(1).toString());
                statement.setString(p, month.plusMonths(1).atDay(1).toString());
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                if (k >= 0) {
                    nanos[k] = System.nanoTime() - start;
                }
            }
        }
        return ReportTiming.of(name, nanos, new int[0], 0, null);
    }

    /** The slowest statements by mean time, when PostgreSQL runs with pg_stat_statements (see the README). */
    private static void statements(String jdbcUrl, ReportingReport report) {
        try (Connection superuser = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = superuser.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            try (ResultSet rows = statement.executeQuery("""
                    select round(mean_exec_time::numeric, 1), calls, regexp_replace(query, '\\s+', ' ', 'g')
                      from pg_stat_statements
                     where dbid = (select oid from pg_database where datname = current_database()) and calls >= 3
                       and query not like '%pg_stat_statements%' 
                     order by mean_exec_time desc limit 12""")) {
                while (rows.next()) {
                    String query = rows.getString(3);
                    report.statements.add(String.format("%8s ms %6d  %s", rows.getString(1), rows.getLong(2),
                            query.length() > 220 ? query.substring(0, 220) + "…" : query));
                }
            }
        } catch (Exception e) {
            SamplingBench.progress("no statement statistics (PostgreSQL without pg_stat_statements): "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
