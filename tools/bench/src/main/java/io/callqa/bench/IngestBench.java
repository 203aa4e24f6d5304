package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.callqa.bench.CallRecords.CallRecord;
import io.callqa.local.LocalStack;
import io.callqa.local.StackOptions;
import io.callqa.local.kafka.Topics;

/**
 * The ingest throughput benchmark: starts Kafka, PostgreSQL and only the ingest service with the local-stack
 * launcher on free ports and a fresh data directory, measures (a) the raw producer ceiling and then (b) ingest
 * over HTTP on the same broker, and prints both, their ratio and ingest's memory. Exit status 0 when every
 * target is met, 2 when one is not, 1 when the run fails.
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        // jboss-logging (smallrye-jwt in the launcher) would pick log4j2, whose default writes to stdout
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.print("error: " + e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(1);
            return;
        }
        // the whole run on a named thread, so that the CPU split can tell the load generator from the broker
        AtomicReference<Integer> status = new AtomicReference<>(1);
        Thread bench = new Thread(() -> status.set(runAndPrint(options)), "bench-main");
        bench.start();
        bench.join();
        System.exit(status.get());
    }

    /** Threads of this JVM that generate load (the kernel keeps 15 characters of a name); the rest is the broker. */
    static boolean isLoadGeneratorThread(String name) {
        return name.startsWith("bench-") || name.startsWith("HttpClient") || name.startsWith("kafka-producer-");
    }

    private static int runAndPrint(BenchOptions options) {
        try {
            Report report = run(options);
            System.out.println(options.json() ? report.json() : report.text());
            return Targets.allMet(report.checks()) ? 0 : 2;
        } catch (Exception e) {
            System.err.println("error: the benchmark failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }

    static Report run(BenchOptions options) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        int warmupRecords = options.warmupBatches() * options.batch();
        CallRecords calls = new CallRecords(runId, Instant.now());
        List<CallRecord> warmup = calls.generate(0, warmupRecords);
        List<CallRecord> measured = calls.generate(warmupRecords, options.measuredBatches() * options.batch());
        Path data = Files.createTempDirectory("callqa-bench-");
        progress("starting Kafka, PostgreSQL and ingest with data in " + data + " ...");
        try (LocalStack stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data)
                .withServices("ingest"))) {
            long pid = stack.servicePid("ingest");
            long idleRssKb = new RssSampler(pid).currentKb();
            CpuMeter cpu = new CpuMeter(pid, IngestBench::isLoadGeneratorThread, data.resolve("postgres"));
            Map<String, String> settings = ProducerSettings.ofIngest(stack.options().repositoryRoot());
            Phase ceiling = ceiling(stack, settings, "bench.ceiling." + runId, warmup, measured, cpu);
            IngestResult ingest = ingest(stack, new IngestPhase(pid, cpu, idleRssKb), options, warmup, measured);
            return new Report(options, settings, ceiling, ingest);
        } finally {
            cleanUp(data, options.keep());
        }
    }

    private static Phase ceiling(LocalStack stack, Map<String, String> settings, String topic,
            List<CallRecord> warmup, List<CallRecord> measured, CpuMeter cpu) throws InterruptedException {
        Topics.ensure(stack.kafkaBootstrapServers(), List.of(topic));
        progress("(a) ceiling: " + warmup.size() + " warm-up and " + measured.size() + " measured records to " + topic);
        Phase phase = new Ceiling(ProducerSettings.producerConfig(settings, stack.kafkaBootstrapServers()), topic)
                .run(warmup, measured, cpu);
        progress(String.format("(a) ceiling: %,.0f records/s", phase.recordsPerSecond()));
        return phase;
    }

    private static IngestResult ingest(LocalStack stack, IngestPhase phase, BenchOptions options,
            List<CallRecord> warmup, List<CallRecord> measured) throws InterruptedException {
        List<byte[]> warmupBodies = Batches.of(warmup, options.batch());
        List<byte[]> measuredBodies = Batches.of(measured, options.batch());
        progress("(b) ingest: " + warmupBodies.size() + " warm-up and " + measuredBodies.size()
                + " measured requests of " + options.batch() + " records, " + options.concurrency() + " in flight");
        try (IngestLoad load = new IngestLoad(stack.serviceUrl("ingest"), stack.token("acd", "bench", null, null),
                options.concurrency())) {
            IngestResult result = phase.run(load, warmupBodies, measuredBodies, measured.size());
            progress(String.format("(b) ingest: %,.0f records/s", result.phase().recordsPerSecond()));
            return result;
        }
    }

    private static void cleanUp(Path data, boolean keep) throws IOException {
        if (keep) {
            progress("kept the data directory " + data + " (the ingest log is logs/ingest.log)");
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
