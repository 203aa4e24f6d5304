package io.callqa.bench;

import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param records records measured in each phase (ceiling and ingest)
 * @param batch records per HTTP request to ingest
 * @param concurrency HTTP requests in flight at once
 * @param warmup records sent before each phase's clock starts, not counted
 * @param keep keep the stack's data directory (Kafka, PostgreSQL, the ingest log) after the run
 * @param json print the result as one JSON object instead of the table
 */
public record BenchOptions(int records, int batch, int concurrency, int warmup, boolean keep, boolean json) {

    public static final String USAGE = """
            usage: tools/bench/run.sh [--build] [options]
              --records N       records measured per phase (default 300000)
              --batch N         records per ingest request (default 1000)
              --concurrency N   ingest requests in flight (default 4)
              --warmup N        records sent before each phase's clock starts (default 30000)
              --keep            keep the data directory (Kafka, PostgreSQL, the ingest log)
              --json            print the result as JSON
              --build           (run.sh only) rebuild the benchmark and the ingest service first
            """;

    public BenchOptions {
        requirePositive("--records", records);
        requirePositive("--batch", batch);
        requirePositive("--concurrency", concurrency);
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must not be negative");
        }
    }

    public static BenchOptions defaults() {
        return new BenchOptions(300_000, 1_000, 4, 30_000, false, false);
    }

    /** Parses {@code --name value} and the two flags; anything else is an error naming it. */
    public static BenchOptions parse(List<String> args) {
        BenchOptions options = defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            options = switch (arg) {
                case "--keep" -> options.with(arg, 0);
                case "--json" -> options.with(arg, 0);
                case "--records", "--batch", "--concurrency", "--warmup" -> options.with(arg, number(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            };
        }
        return options;
    }

    /** Records per phase rounded up to whole batches, so every request carries {@link #batch} records. */
    public int measuredBatches() {
        return (records + batch - 1) / batch;
    }

    public int warmupBatches() {
        return (warmup + batch - 1) / batch;
    }

    private BenchOptions with(String option, int value) {
        return switch (option) {
            case "--keep" -> new BenchOptions(records, batch, concurrency, warmup, true, json);
            case "--json" -> new BenchOptions(records, batch, concurrency, warmup, keep, true);
            case "--records" -> new BenchOptions(value, batch, concurrency, warmup, keep, json);
            case "--batch" -> new BenchOptions(records, value, concurrency, warmup, keep, json);
            case "--concurrency" -> new BenchOptions(records, batch, value, warmup, keep, json);
            default -> new BenchOptions(records, batch, concurrency, value, keep, json);
        };
    }

    private static int number(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            return Integer.parseInt(args.get(index).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + args.get(index) + "'");
        }
    }

    private static void requirePositive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
    }
}
