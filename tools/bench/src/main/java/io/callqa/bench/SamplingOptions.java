package io.callqa.bench;

import java.time.LocalDate;
import java.util.List;

/** Command-line options of {@link SamplingBench}. */
record SamplingOptions(int records, int agents, LocalDate firstDay, long seed, int latencyRate, int latencySeconds,
        int pollMillis, boolean keep) {

    static final String USAGE = """
            usage: tools/bench/run.sh --sampling [options]
              --records N          calls replayed to qa.calls.v1 (default 300000)
              --agents N           agents of the center, 150 calls each per day (default 1000)
              --first-day DATE     local date of the first replayed day (default 2026-10-01)
              --seed N             traffic seed (default 42)
              --latency-rate N     calls/s produced in the latency phase (default 1000)
              --latency-seconds N  length of the latency phase, 0 skips it (default 30)
              --poll-ms N          how often the indexed-calls counter is read while sampling drains (default 250)
              --keep               keep the temporary data directory (logs/sampling.log)
            """;

    static SamplingOptions defaults() {
        return new SamplingOptions(300_000, 1_000, LocalDate.of(2026, 10, 1), 42, 1_000, 30, 250, false);
    }

    static SamplingOptions parse(List<String> args) {
        SamplingOptions o = defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--sampling" -> { }
                case "--keep" -> o = new SamplingOptions(o.records, o.agents, o.firstDay, o.seed, o.latencyRate,
                        o.latencySeconds, o.pollMillis, true);
                case "--records" -> o = new SamplingOptions(positive(arg, value(args, ++i)), o.agents, o.firstDay,
                        o.seed, o.latencyRate, o.latencySeconds, o.pollMillis, o.keep);
                case "--agents" -> o = new SamplingOptions(o.records, positive(arg, value(args, ++i)), o.firstDay,
                        o.seed, o.latencyRate, o.latencySeconds, o.pollMillis, o.keep);
                case "--first-day" -> o = new SamplingOptions(o.records, o.agents, LocalDate.parse(value(args, ++i)),
                        o.seed, o.latencyRate, o.latencySeconds, o.pollMillis, o.keep);
                case "--seed" -> o = new SamplingOptions(o.records, o.agents, o.firstDay,
                        Long.parseLong(value(args, ++i)), o.latencyRate, o.latencySeconds, o.pollMillis, o.keep);
                case "--latency-rate" -> o = new SamplingOptions(o.records, o.agents, o.firstDay, o.seed,
                        positive(arg, value(args, ++i)), o.latencySeconds, o.pollMillis, o.keep);
                case "--latency-seconds" -> o = new SamplingOptions(o.records, o.agents, o.firstDay, o.seed,
                        o.latencyRate, atLeastZero(arg, value(args, ++i)), o.pollMillis, o.keep);
                case "--poll-ms" -> o = new SamplingOptions(o.records, o.agents, o.firstDay, o.seed, o.latencyRate,
                        o.latencySeconds, positive(arg, value(args, ++i)), o.keep);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return o;
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
