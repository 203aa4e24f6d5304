package io.callqa.bench;

import static io.callqa.bench.SamplingBench.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.callqa.local.LocalStack;
import io.callqa.local.StackOptions;

/**
 * {@code --sampling --through-ingest}: the issue's own set-up. Kafka, PostgreSQL and the ingest service start, then
 * the sampling service; once sampling is ready the ACD simulator pushes the period (roster, calls, complaints)
 * through ingest, and the clock runs from the simulator's start until sampling has indexed every call ingest
 * accepted. Everything shares the machine's cores: the simulator generating, ingest checking and publishing, the
 * broker, sampling and PostgreSQL. Afterwards, as in the replay: the bare consumer's ceiling on the same topic, the
 * samples and intervals, and the latency phase, here from ingest's answer to a request of calls
 * ({@link IngestCallSink}) to each call's {@code SampleSelected}.
 */
final class SamplingThroughIngest {

    private SamplingThroughIngest() {
    }

    static SamplingReport run(SamplingOptions options) throws Exception {
        SamplingReport report = new SamplingReport(options);
        report.loadBefore = SamplingBench.loadAverage();
        report.days = options.days();
        Path data = Files.createTempDirectory("callqa-sampling-bench-");
        Path postgres = data.resolve("postgres");
        progress("starting Kafka, PostgreSQL and ingest with data in " + data + " ...");
        try (LocalStack stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data)
                .withServices("ingest"))) {
            String kafka = stack.kafkaBootstrapServers();
            progress("starting the sampling service ...");
            try (SamplingService sampling = SamplingService.launch(stack, data);
                    SamplingDatabase db = new SamplingDatabase(stack.jdbcUrl("sampling"))) {
                long ready = sampling.awaitReady();
                report.startSeconds = (ready - sampling.launchedNanos()) / 1e9;
                CpuMeter cpu = new CpuMeter(sampling.pid(), SamplingBench::isLoadGeneratorThread, postgres);
                CpuMeter ingestCpu = new CpuMeter(stack.servicePid("ingest"), name -> false, postgres);
                CpuMeter.Snapshot before = cpu.snapshot();
                CpuMeter.Snapshot ingestBefore = ingestCpu.snapshot();
                progress(String.format("sampling ready after %.1f s; the ACD simulator pushes %d day(s) of %,d"
                        + " agents from %s through ingest ...", report.startSeconds, options.days(),
                        options.agents(), options.firstDay()));
                AcdSimulatorPush push = AcdSimulatorPush.start(stack.options().repositoryRoot(), data,
                        stack.serviceUrl("ingest"), options);
                try {
                    List<long[]> timeline = new ArrayList<>();
                    long calls = drain(push, new IndexedCalls(sampling.url()), options, timeline, report);
                    long end = timeline.get(timeline.size() - 1)[0];
                    CpuMeter.Usage usage = cpu.since(before);
                    report.ingestCores = ingestCpu.since(ingestBefore).ingest();
                    usage = usage.lessOther(report.ingestCores);
                    report.pushSummary = push.summary();
                    if (db.calls() != calls) {
                        throw new IllegalStateException("the counter says " + calls + " calls indexed, but call"
                                + " holds " + db.calls() + " rows");
                    }
                    report.drain = new Phase(calls, calls, end - push.startedNanos(), usage);
                    report.steadyRate = SamplingBench.steadyRate(timeline, calls);
                    progress(String.format("through ingest: %,d calls indexed %.1f s after the first request,"
                            + " %,.0f records/s", calls, report.drain.seconds(), report.drain.recordsPerSecond()));
                } finally {
                    push.stop();
                }
                report.shape = db.shape();
                report.lag = SamplingBench.lag(kafka);
                report.samples = db.samples();
                report.reasons = db.reasonsPerRule();
                report.verdicts = db.closedIntervalsPerVerdict();
                report.openIntervals = db.openIntervals();
                progress("ceiling: a bare consumer reads the " + report.drain.accepted() + " records ...");
                report.ceiling = ConsumerCeiling.run(kafka, report.drain.accepted(),
                        new CpuMeter(-1, SamplingBench::isLoadGeneratorThread, postgres));
                if (options.latencySeconds() > 0) {
                    Instant eventStart = options.firstDay().plusDays(options.days()).atTime(9, 0)
                            .atZone(CenterTraffic.ZONE).toInstant();
                    progress("latency: " + options.latencyRate() + " short calls/s for " + options.latencySeconds()
                            + " s (after a 5 s warm-up) ...");
                    report.latency = new SampleLatency(kafka, eventStart, options.agents())
                            .run(new IngestCallSink(stack.serviceUrl("ingest")), options.latencyRate(), 5,
                                    options.latencySeconds());
                    report.latencyReasons = db.reasonsPerRule();
                }
            }
            report.loadAfter = SamplingBench.loadAverage();
            return report;
        } finally {
            SamplingBench.cleanUp(data, options.keep());
        }
    }

    /**
     * Reads the indexed-calls counter every {@code --poll-ms} while the simulator pushes and until every call it got
     * accepted is indexed; returns that number of calls. {@code timeline} gets every reading.
     */
    private static long drain(AcdSimulatorPush push, IndexedCalls indexed, SamplingOptions options,
            List<long[]> timeline, SamplingReport report) throws Exception {
        long expected = -1;
        long count = 0;
        long lastChange = System.nanoTime();
        long lastProgress = System.nanoTime();
        while (expected < 0 || count < expected) {
            Thread.sleep(options.pollMillis());
            long now = System.nanoTime();
            long next = indexed.count();
            if (next != count) {
                lastChange = now;
            }
            count = next;
            timeline.add(new long[] {now, count});
            if (expected < 0 && push.finished()) {
                expected = push.acceptedCalls();
                report.pushSeconds = (push.endedNanos() - push.startedNanos()) / 1e9;
                report.indexedAtPushEnd = count;
                progress(String.format("the simulator is done: %,d calls accepted in %.1f s; %,d indexed so far",
                        expected, report.pushSeconds, count));
            }
            if (now - lastProgress > TimeUnit.SECONDS.toNanos(10)) {
                progress(String.format("%,d calls indexed%s", count, expected < 0 ? " (the simulator is pushing)"
                        : String.format(" of %,d", expected)));
                lastProgress = now;
            }
            if (now - lastChange > TimeUnit.SECONDS.toNanos(120)) {
                throw new IllegalStateException("sampling stopped at " + count + " calls");
            }
        }
        return expected;
    }
}
