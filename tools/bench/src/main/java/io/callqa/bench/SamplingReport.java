package io.callqa.bench;

import java.util.List;
import java.util.Map;

/** What {@link SamplingBench} measured, as a table with the targets. */
final class SamplingReport {

    final SamplingOptions options;
    String loadBefore;
    String loadAfter;
    int days;
    double produceSeconds;
    Map<String, Long> shape = Map.of();
    Phase ceiling;
    double startSeconds;
    long callsAtReady;
    Phase drain;
    double steadyRate;
    long lag = -1;
    long samples;
    Map<String, Long> reasons = Map.of();
    Map<String, Long> verdicts = Map.of();
    long openIntervals;
    SampleLatency.Result latency;
    Map<String, Long> latencyReasons = Map.of();
    /** {@code --through-ingest}: the simulator's push, and ingest's cores from its start until all is indexed. */
    double pushSeconds;
    long indexedAtPushEnd;
    double ingestCores;
    List<String> pushSummary = List.of();

    SamplingReport(SamplingOptions options) {
        this.options = options;
    }

    double ratio() {
        return drain.recordsPerSecond() / ceiling.recordsPerSecond();
    }

    double monthSeconds() {
        return SamplingBench.MONTH_RECORDS / drain.recordsPerSecond();
    }

    boolean targetsMet() {
        return drain.recordsPerSecond() >= SamplingBench.TARGET_RECORDS_PER_SECOND
                && monthSeconds() <= SamplingBench.MONTH_TARGET_SECONDS;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        long calls = shape.getOrDefault("calls", 0L);
        long answered = calls - shape.getOrDefault("abandoned", 0L);
        if (options.throughIngest()) {
            out.append(String.format("through ingest: the ACD simulator pushed %,d calls of %d day(s) from %s,"
                    + " %,d agents, in %.1f s (%,.0f records/s); sampling had indexed %,d of them by then%n",
                    calls, days, options.firstDay(), options.agents(), pushSeconds, calls / pushSeconds,
                    indexedAtPushEnd));
            pushSummary.forEach(line -> out.append("  ").append(line).append('\n'));
        } else {
            out.append(String.format("replay: %,d calls of %d day(s) from %s, %,d agents; produced in %.1f s%n",
                    calls, days, options.firstDay(), options.agents(), produceSeconds));
        }
        out.append(String.format("  abandoned %.1f %%, talk < 20 s %.1f %%, talk > 200 s %.1f %% of answered,"
                + " answered within 20 s %.1f %% of answered%n", pct(shape.get("abandoned"), calls),
                pct(shape.get("talk<20"), answered), pct(shape.get("talk>200"), answered),
                pct(shape.get("answered<=20s"), answered)));
        out.append("load average before / after: ").append(loadBefore).append(" / ").append(loadAfter)
                .append('\n');
        out.append('\n');
        out.append("phase                              records/s   seconds   cores: sampling / broker / bench /"
                + " PostgreSQL / other (all)\n");
        out.append(row("ceiling: bare consumer", ceiling));
        out.append(row(options.throughIngest() ? "first request → all indexed" : "sampling: ready → all indexed",
                drain));
        out.append(String.format("sampling, 10 %% → 90 %% of the calls  %,9.0f%n", steadyRate));
        out.append(String.format("ratio sampling / ceiling              %9.3f%n", ratio()));
        double ceilingMicros = ceiling.cpuMicrosPerRecord(ceiling.cpu().stack());
        double drainMicros = drain.cpuMicrosPerRecord(drain.cpu().stack());
        out.append(String.format("CPU per record: ceiling %.1f µs, sampling %.1f µs (sampling JVM %.1f, PostgreSQL"
                + " %.1f, broker + bench %.1f)%n", ceilingMicros, drainMicros,
                drain.cpuMicrosPerRecord(drain.cpu().ingest()), drain.cpuMicrosPerRecord(drain.cpu().postgres()),
                drain.cpuMicrosPerRecord(drain.cpu().bench())));
        if (options.throughIngest()) {
            CpuMeter.Usage cpu = drain.cpu();
            out.append(String.format("  and, counted in (all) only: ingest %.2f cores (%.1f µs per record), the ACD"
                    + " simulator %.2f (%.1f µs)%n", ingestCores, drain.cpuMicrosPerRecord(ingestCores),
                    cpu.endedChildren(), drain.cpuMicrosPerRecord(cpu.endedChildren())));
        }
        out.append(String.format("sampling start: %.1f s from launch to ready, %,d calls already indexed then%n",
                startSeconds, callsAtReady));
        out.append(String.format("a month (%,d calls) at this rate: %.1f min%n", SamplingBench.MONTH_RECORDS,
                monthSeconds() / 60));
        out.append(String.format("consumer group sampling-service lag on %s after the drain: %s%n", "qa.calls.v1",
                lag < 0 ? "unknown" : String.format("%,d", lag)));
        out.append('\n');
        out.append(String.format("samples: %,d; reasons per rule: %s%n", samples, reasons));
        out.append(String.format("intervals closed per verdict: %s; still open: %d%n", verdicts, openIntervals));
        if (latency != null) {
            out.append('\n');
            out.append(String.format("latency (%s → SampleSelected read), %,d short calls at %,.0f/s: p50 %.0f"
                    + " ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; no sample: %d%n",
                    options.throughIngest() ? "ingest's answer to the call's request" : "Kafka ack of the call",
                    latency.produced(), latency.rate(), latency.percentile(50), latency.percentile(95),
                    latency.percentile(99), latency.max(), latency.missing()));
            out.append(String.format("reasons per rule after the latency phase: %s%n", latencyReasons));
        }
        out.append('\n');
        out.append("targets\n");
        out.append(check(String.format("sampling >= %,.0f records/s", SamplingBench.TARGET_RECORDS_PER_SECOND),
                String.format("%,.0f", drain.recordsPerSecond()),
                drain.recordsPerSecond() >= SamplingBench.TARGET_RECORDS_PER_SECOND));
        out.append(check(String.format("month (%,d) <= 5 min, extrapolated", SamplingBench.MONTH_RECORDS),
                String.format("%.1f min", monthSeconds() / 60), monthSeconds() <= SamplingBench.MONTH_TARGET_SECONDS));
        if (ceiling.cpu().other() > 0.25 || drain.cpu().other() > 0.25) {
            out.append(String.format("warning: other processes took %.2f / %.2f cores during the ceiling / the"
                    + " drain%n", ceiling.cpu().other(), drain.cpu().other()));
        }
        return out.toString();
    }

    private static String row(String name, Phase phase) {
        CpuMeter.Usage cpu = phase.cpu();
        return String.format("%-32s %,10.0f %9.2f   %.2f / %.2f / %.2f / %.2f / %.2f (%.2f)%n", name,
                phase.recordsPerSecond(), phase.seconds(), cpu.ingest(), cpu.broker(), cpu.loadGenerator(),
                cpu.postgres(), cpu.other(), cpu.machine());
    }

    private static String check(String name, String value, boolean met) {
        return String.format("  %-40s %12s  %s%n", name, value, met ? "PASS" : "FAIL");
    }

    private static double pct(Long part, long whole) {
        return whole == 0 || part == null ? 0 : 100.0 * part / whole;
    }
}
