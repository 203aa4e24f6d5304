package io.callqa.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Command-line options of {@link ReportingBench}. The data's size is {@link DataSize}: by default a year of a
 * 1,000-agent center, 137 calls per agent and day (≈ 50 million calls) and 1 million evaluations; calls and
 * evaluations scale with agents and days unless given. {@code data} null: a temporary data directory.
 */
record ReportingOptions(DataSize size, int requests, int warmup, int bulletinRuns, boolean keep, Path data,
        boolean loadOnly, Duration capPerEndpoint) {

    static final String USAGE = """
            usage: tools/bench/run.sh --reporting [options]
              --agents N           agents of the center, teams of 20, 10 queues (default 1000)
              --days N             days of data, from --first-day (default 365)
              --first-day DATE     the first day (default 2025-12-01)
              --calls-per-day N    calls of the whole center per day (default 137 per agent: 137000)
              --evaluations N      evaluations, latest versions (default 1,000,000 per 1,000 agents and 365 days)
              --seed N             data seed (default 42): same seed and sizes, same rows
              --requests N         measured requests per endpoint (default 200)
              --warmup N           unmeasured requests per endpoint before them (default 20)
              --max-seconds N      stop an endpoint's measured requests after N s (at least 20 are sent;
                                   default 120)
              --bulletin-runs N    timed regenerations of the busiest week's bulletin (default 3)
              --data DIR           use DIR as the stack's data directory and keep it; when its read models
                                   already hold data, loading is skipped (a second run measures at once)
              --load-only          load and print the sizes, measure nothing
              --keep               keep the temporary data directory
            """;

    /** The data's size and seed. */
    record DataSize(int agents, int days, LocalDate firstDay, long callsPerDay, long evaluations, long seed) {

        static final int QUEUES = 10;
        static final int TEAM_SIZE = 20;

        int teams() {
            return (agents + TEAM_SIZE - 1) / TEAM_SIZE;
        }

        /** About 110 evaluations a day each, at least two. */
        int evaluators() {
            return (int) Math.max(2, Math.round(evaluations / (double) days / 110));
        }

        /** Samples: 6 per 5 evaluations (every sixth sample stays unevaluated). */
        long samples() {
            return Math.round(evaluations * 1.2);
        }

        LocalDate lastDay() {
            return firstDay.plusDays(days - 1L);
        }
    }

    static ReportingOptions defaults() {
        return new ReportingOptions(size(1_000, 365, LocalDate.of(2025, 12, 1), null, null, 42), 200, 20, 3, false,
                null, false, Duration.ofSeconds(120));
    }

    static DataSize size(int agents, int days, LocalDate firstDay, Long callsPerDay, Long evaluations, long seed) {
        long calls = callsPerDay != null ? callsPerDay : 137L * agents;
        long evals = evaluations != null ? evaluations : Math.round(1_000_000.0 * agents / 1_000 * days / 365);
        return new DataSize(agents, days, firstDay, calls, Math.max(1, evals), seed);
    }

    static ReportingOptions parse(List<String> args) {
        ReportingOptions d = defaults();
        int agents = d.size.agents();
        int days = d.size.days();
        LocalDate firstDay = d.size.firstDay();
        Long callsPerDay = null;
        Long evaluations = null;
        long seed = d.size.seed();
        int requests = d.requests;
        int warmup = d.warmup;
        int bulletinRuns = d.bulletinRuns;
        boolean keep = false;
        Path data = null;
        boolean loadOnly = false;
        Duration cap = d.capPerEndpoint;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--reporting" -> { }
                case "--keep" -> keep = true;
                case "--load-only" -> loadOnly = true;
                case "--agents" -> agents = positive(arg, value(args, ++i));
                case "--days" -> days = positive(arg, value(args, ++i));
                case "--first-day" -> firstDay = LocalDate.parse(value(args, ++i));
                case "--calls-per-day" -> callsPerDay = (long) positive(arg, value(args, ++i));
                case "--evaluations" -> evaluations = (long) positive(arg, value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--requests" -> requests = positive(arg, value(args, ++i));
                case "--warmup" -> warmup = atLeastZero(arg, value(args, ++i));
                case "--bulletin-runs" -> bulletinRuns = atLeastZero(arg, value(args, ++i));
                case "--max-seconds" -> cap = Duration.ofSeconds(positive(arg, value(args, ++i)));
                case "--data" -> data = Path.of(value(args, ++i)).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (agents > 9_999) {
            throw new IllegalArgumentException("--agents takes at most 9999 (ids a-0001 … a-9999)");
        }
        return new ReportingOptions(size(agents, days, firstDay, callsPerDay, evaluations, seed), requests, warmup,
                bulletinRuns, keep || data != null, data, loadOnly, cap);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String name, String text) {
        int value = atLeastZero(name, text);
        if (value == 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    private static int atLeastZero(String name, String text) {
        try {
            int value = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (value < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not " + text);
        }
    }
}
