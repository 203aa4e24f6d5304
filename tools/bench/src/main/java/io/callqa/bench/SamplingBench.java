package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.local.LocalStack;
import io.callqa.local.StackOptions;

/**
 * The sampling replay benchmark. Starts Kafka and PostgreSQL with the local-stack launcher (no services, free
 * ports, a temporary data directory), produces {@code --records} calls of a 1,000-agent center to
 * {@code qa.calls.v1}, measures the ceiling (a bare consumer reading them all), then starts the sampling service
 * and measures how fast it drains the topic into its call index (from readiness until {@code call} holds every
 * call), then optionally the delay from a call's Kafka acknowledgement to its {@code SampleSelected}. With
 * {@code --through-ingest}, {@link SamplingThroughIngest} instead. Exit status 0 when the targets are met, 2 when one
 * is not, 1 when the run fails.
 */
public final class SamplingBench {

    /** The target: a month of a 1,000-agent center (4–5 million calls) replayed in 5 minutes. */
    static final double TARGET_RECORDS_PER_SECOND = 20_000;
    static final long MONTH_RECORDS = 4_500_000;
    static final double MONTH_TARGET_SECONDS = 300;

    private SamplingBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(SamplingOptions.USAGE);
            return;
        }
        SamplingOptions options;
        try {
            options = SamplingOptions.parse(List.of(args));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.print("error: " + e.getMessage() + "\n" + SamplingOptions.USAGE);
            System.exit(1);
            return;
        }
        AtomicReference<Integer> status = new AtomicReference<>(1);
        Thread bench = new Thread(() -> status.set(runAndPrint(options)), "bench-main");
        bench.start();
        bench.join();
        System.exit(status.get());
    }

    static boolean isLoadGeneratorThread(String name) {
        return name.startsWith("bench-") || name.startsWith("kafka-producer-") || name.startsWith("kafka-coordinat");
    }

    private static int runAndPrint(SamplingOptions options) {
        try {
            SamplingReport report = run(options);
            System.out.println(report.text());
            return report.targetsMet() ? 0 : 2;
        } catch (Exception e) {
            System.err.println("error: the sampling benchmark failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }

    static SamplingReport run(SamplingOptions options) throws Exception {
        if (options.throughIngest()) {
            return SamplingThroughIngest.run(options);
        }
        String runId = options.runId() != null ? options.runId() : Long.toString(System.currentTimeMillis(), 36);
        SamplingReport report = new SamplingReport(options);
        report.loadBefore = loadAverage();
        CenterTraffic center = new CenterTraffic(options.agents(), options.firstDay(), options.seed(), runId);
        Path data = Files.createTempDirectory("callqa-sampling-bench-");
        progress("starting Kafka and PostgreSQL (no services) with data in " + data + " ...");
        try (LocalStack stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data)
                .withServices())) {
            String kafka = stack.kafkaBootstrapServers();
            try (CallProducer producer = new CallProducer(kafka)) {
                report.days = replay(center, options.records(), producer, report);

                CpuMeter noService = new CpuMeter(-1, SamplingBench::isLoadGeneratorThread, data.resolve("postgres"));
                progress("ceiling: a bare consumer reads the " + options.records() + " records ...");
                report.ceiling = ConsumerCeiling.run(kafka, options.records(), noService);
                progress(String.format("ceiling: %,.0f records/s", report.ceiling.recordsPerSecond()));

                progress("starting the sampling service ...");
                try (SamplingService sampling = SamplingService.launch(stack, data)) {
                    long ready = sampling.awaitReady();
                    CpuMeter cpu = new CpuMeter(sampling.pid(), SamplingBench::isLoadGeneratorThread,
                            data.resolve("postgres"));
                    CpuMeter.Snapshot before = cpu.snapshot();
                    report.startSeconds = (ready - sampling.launchedNanos()) / 1e9;
                    progress(String.format("sampling ready after %.1f s (%s); draining ...", report.startSeconds,
                            sampling.logFile()));
                    try (SamplingDatabase db = new SamplingDatabase(stack.jdbcUrl("sampling"))) {
                        drain(db, new IndexedCalls(sampling.url()), options, ready, cpu, before, report);
                        report.lag = lag(kafka);
                        report.samples = db.samples();
                        report.reasons = db.reasonsPerRule();
                        report.verdicts = db.closedIntervalsPerVerdict();
                        report.openIntervals = db.openIntervals();
                        if (options.latencySeconds() > 0) {
                            LocalDate next = center.day(report.days);
                            Instant eventStart = next.atTime(9, 0).atZone(CenterTraffic.ZONE).toInstant();
                            progress("latency: " + options.latencyRate() + " short calls/s for "
                                    + options.latencySeconds() + " s (after a 5 s warm-up) ...");
                            report.latency = new SampleLatency(kafka, eventStart, options.agents())
                                    .run(producer, options.latencyRate(), 5, options.latencySeconds());
                            report.latencyReasons = db.reasonsPerRule();
                        }
                    }
                }
            }
            report.loadAfter = loadAverage();
            return report;
        } finally {
            cleanUp(data, options.keep());
        }
    }

    /** Produces every call, day by day in endedAt order, as fast as the broker acknowledges; returns the days. */
    private static int replay(CenterTraffic center, int records, CallProducer producer, SamplingReport report)
            throws InterruptedException {
        int days = center.days(records);
        progress(String.format("replay: producing %,d calls of %d day(s) from %s to %s ...", records, days,
                center.day(0), Topics.CALLS));
        long start = System.nanoTime();
        long bytes = 0;
        int left = records;
        boolean first = true;
        Map<String, Long> shape = new HashMap<>();
        for (int d = 0; d < days; d++) {
            List<CallRecorded> calls = center.day(d, Math.min(left, center.callsPerDay()));
            left -= calls.size();
            for (CallRecorded call : calls) {
                count(shape, call);
                if (first) {
                    for (int i = 0; i < 50 && i < calls.size(); i++) {
                        producer.sendAndWait(calls.get(i)); // partition leaders settle before batches fly
                    }
                    first = false;
                }
            }
            for (int i = (d == 0 ? Math.min(50, calls.size()) : 0); i < calls.size(); i++) {
                producer.send(calls.get(i), null);
            }
            producer.awaitAcks();
        }
        report.produceSeconds = (System.nanoTime() - start) / 1e9;
        report.shape = shape;
        progress(String.format("replay: produced in %.1f s", report.produceSeconds));
        return days;
    }

    private static void count(Map<String, Long> shape, CallRecorded call) {
        shape.merge("calls", 1L, Long::sum);
        if (!call.answered()) {
            shape.merge("abandoned", 1L, Long::sum);
            return;
        }
        if (call.talkSeconds() < 20) {
            shape.merge("talk<20", 1L, Long::sum);
        }
        if (call.talkSeconds() > 200) {
            shape.merge("talk>200", 1L, Long::sum);
        }
        if (call.waitSeconds() <= 20) {
            shape.merge("answered<=20s", 1L, Long::sum);
        }
    }

    /**
     * Reads the service's indexed-calls counter every {@code --poll-ms} until every record is indexed, then checks
     * the count against {@code call} once.
     */
    private static void drain(SamplingDatabase db, IndexedCalls indexed, SamplingOptions options, long ready,
            CpuMeter cpu, CpuMeter.Snapshot before, SamplingReport report) throws Exception {
        long expected = options.records();
        List<long[]> timeline = new ArrayList<>();
        long atReady = db.calls();
        report.callsAtReady = atReady;
        long count = atReady;
        long lastChange = System.nanoTime();
        long lastProgress = System.nanoTime();
        while (count < expected) {
            Thread.sleep(options.pollMillis());
            long now = System.nanoTime();
            long next = atReady + indexed.count();
            if (next != count) {
                lastChange = now;
            }
            count = next;
            timeline.add(new long[] {now, count});
            if (now - lastProgress > TimeUnit.SECONDS.toNanos(10)) {
                progress(String.format("drain: %,d of %,d calls indexed", count, expected));
                lastProgress = now;
            }
            if (now - lastChange > TimeUnit.SECONDS.toNanos(120)) {
                throw new IllegalStateException("sampling stopped at " + count + " of " + expected + " calls");
            }
        }
        long end = timeline.isEmpty() ? System.nanoTime() : timeline.get(timeline.size() - 1)[0];
        if (db.calls() != expected) {
            throw new IllegalStateException("the counter says " + count + " calls indexed, but call holds "
                    + db.calls() + " rows of " + expected);
        }
        report.drain = new Phase(expected - atReady, expected - atReady, end - ready, cpu.since(before));
        report.steadyRate = steadyRate(timeline, expected);
        progress(String.format("drain: %,d calls in %.1f s from readiness, %,.0f records/s", expected,
                report.drain.seconds(), report.drain.recordsPerSecond()));
    }

    /** Records/s between the polls that first saw 10 % and 90 % of the calls: start-up and the tail left out. */
    static double steadyRate(List<long[]> timeline, long expected) {
        long[] from = null;
        long[] to = null;
        for (long[] point : timeline) {
            if (from == null && point[1] >= expected / 10) {
                from = point;
            }
            if (to == null && point[1] >= expected * 9 / 10) {
                to = point;
            }
        }
        if (from == null || to == null || to[0] <= from[0]) {
            return Double.NaN;
        }
        return (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
    }

    /** End offset less the committed offset of group {@code sampling-service}, summed over the partitions. */
    static long lag(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("sampling-service")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.CALLS))
                    .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (var entry : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(entry.getKey());
                lag += entry.getValue().offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        } catch (Exception e) {
            progress("could not read the consumer group's offsets: " + e);
            return -1;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static void cleanUp(Path data, boolean keep) throws IOException {
        if (keep) {
            progress("kept the data directory " + data + " (the sampling log is logs/sampling.log)");
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
