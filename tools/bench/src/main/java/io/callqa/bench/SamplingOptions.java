package io.callqa.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Command-line options of {@link SamplingBench}; {@code runId} null: one from the clock. With {@code throughIngest}
 * the ACD simulator pushes {@code days} days through ingest while sampling runs, and {@code records} is not used.
 */
record SamplingOptions(int records, int agents, LocalDate firstDay, long seed, int latencyRate, int latencySeconds,
        int pollMillis, boolean keep, String runId, boolean throughIngest, int days) {

    static final String USAGE = """
            usage: tools/bench/run.sh --sampling [options]
              --records N          calls replayed to qa.calls.v1 (default 300000)
              --agents N           agents of the center, 150 calls each per day (default 1000)
              --first-day DATE     local date of the first replayed day (default 2026-10-01)
              --seed N             traffic seed (default 42)
              --run-id ID          the run's part of every call id (default: from the clock); two runs with the
                                   same seed and run id replay identical records, for tools/bench/run.sh --compare
              --latency-rate N     calls/s produced in the latency phase (default 1000)
              --latency-seconds N  length of the latency phase, 0 skips it (default 30)
              --poll-ms N          how often the indexed-calls counter is read while sampling drains (default 250)
              --keep               keep the temporary data directory (logs/sampling.log)
              --through-ingest     instead of producing to qa.calls.v1 before sampling starts: the ACD simulator
                                   (tools/acd-simulator) pushes --days days of an --agents center (teams of 20,
                                   4 queues, roster and complaints too) through the ingest service while sampling
                                   runs; the clock runs from the first request until every call is indexed
              --days N             days the simulator pushes, from --first-day (default 31; --through-ingest only)
            """;

    static SamplingOptions defaults() {
        return new SamplingOptions(300_000, 1_000, LocalDate.of(2026, 10, 1), 42, 1_000, 30, 250, false, null, false,
                31);
    }

    static SamplingOptions parse(List<String> args) {
        SamplingOptions d = defaults();
        int records = d.records;
        int agents = d.agents;
        LocalDate firstDay = d.firstDay;
        long seed = d.seed;
        int latencyRate = d.latencyRate;
        int latencySeconds = d.latencySeconds;
        int pollMillis = d.pollMillis;
        boolean keep = d.keep;
        String runId = d.runId;
        boolean throughIngest = d.throughIngest;
        Integer days = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--sampling" -> { }
                case "--keep" -> keep = true;
                case "--through-ingest" -> throughIngest = true;
                case "--days" -> days = positive(arg, value(args, ++i));
                case "--records" -> records = positive(arg, value(args, ++i));
                case "--agents" -> agents = positive(arg, value(args, ++i));
                case "--first-day" -> firstDay = LocalDate.parse(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--run-id" -> runId = runId(value(args, ++i));
                case "--latency-rate" -> latencyRate = positive(arg, value(args, ++i));
                case "--latency-seconds" -> latencySeconds = atLeastZero(arg, value(args, ++i));
                case "--poll-ms" -> pollMillis = positive(arg, value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (days != null && !throughIngest) {
            throw new IllegalArgumentException("--days needs --through-ingest (else --records sets the size)");
        }
        if (throughIngest && runId != null) {
            throw new IllegalArgumentException("--run-id does not apply to --through-ingest (the simulator's ids"
                    + " come from --seed)");
        }
        return new SamplingOptions(records, agents, firstDay, seed, latencyRate, latencySeconds, pollMillis, keep,
                runId, throughIngest, days == null ? d.days : days);
    }

    private static String runId(String text) {
        if (!text.matches("[a-z0-9]{1,16}")) {
            throw new IllegalArgumentException("--run-id takes 1 to 16 lower-case letters and digits, not " + text);
        }
        return text;
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
