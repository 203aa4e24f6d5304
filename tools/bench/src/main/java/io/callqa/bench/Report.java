package io.callqa.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One run's result, as a table for people or as one JSON object. */
public record Report(BenchOptions options, Map<String, String> producerSettings, Phase ceiling, IngestResult ingest) {

    static final String CPU_HEADER = "cores used: ingest / broker / load gen. / other (machine)";

    public List<Targets.Check> checks() {
        return Targets.check(ceiling, ingest);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("CallQA ingest benchmark: %d CPUs, Java %s; %,d records per phase, batches of %,d,"
                + " %d in flight, warm-up %,d%n", cpus(), javaVersion(), options.records(), options.batch(),
                options.concurrency(), options.warmup()));
        out.append("ceiling producer settings (ingest's): ").append(settings()).append("\n\n");
        out.append(String.format("%-28s %12s %9s   %s%n", "phase", "records/s", "seconds", CPU_HEADER));
        out.append(row("(a) ceiling: raw producer", ceiling));
        out.append(row("(b) ingest: HTTP batches", ingest.phase()));
        out.append(String.format("%-28s %12.2f%n%n", "ratio ingest / ceiling", Targets.ratio(ceiling, ingest)));
        out.append(ingestDetails());
        out.append("\ntargets\n");
        for (Targets.Check check : checks()) {
            out.append(String.format("  %-30s %16s  %s%n", check.name(), check.measured(), check.met() ? "PASS" : "FAIL"));
        }
        return out.toString();
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"cpus\":%d,\"java\":\"%s\",\"records\":%d,\"batch\":%d,\"concurrency\":%d,"
                + "\"warmup\":%d,\"producerSettings\":%s,\"ceiling\":%s,\"ingest\":%s,\"ratio\":%.4f,"
                + "\"duplicates\":%d,\"rejected\":%d,\"failedRequests\":%d,\"latencyMs\":{\"p50\":%.1f,\"p99\":%.1f,"
                + "\"max\":%.1f},\"rssMb\":{\"before\":%.1f,\"peak\":%.1f,\"highWaterMark\":%.1f},\"targetsMet\":%b}",
                cpus(), javaVersion(), options.records(), options.batch(), options.concurrency(), options.warmup(),
                settingsJson(), phaseJson(ceiling), phaseJson(ingest.phase()), Targets.ratio(ceiling, ingest),
                ingest.duplicates(), ingest.rejected(), ingest.failedRequests(), ingest.latencies().p50(),
                ingest.latencies().p99(), ingest.latencies().max(), Targets.megabytes(ingest.rssBeforeKb()),
                Targets.megabytes(ingest.rssPeakKb()), Targets.megabytes(ingest.highWaterMarkKb()),
                Targets.allMet(checks()));
    }

    private String ingestDetails() {
        Latencies latency = ingest.latencies();
        String details = String.format("ingest: accepted %,d of %,d, duplicates %,d, rejected %,d, failed requests %d%n"
                + "ingest RSS: %.0f MB before, %.0f MB peak while measured, VmHWM %.0f MB%n"
                + "request latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", ingest.phase().accepted(),
                ingest.phase().sent(), ingest.duplicates(), ingest.rejected(), ingest.failedRequests(),
                Targets.megabytes(ingest.rssBeforeKb()), Targets.megabytes(ingest.rssPeakKb()),
                Targets.megabytes(ingest.highWaterMarkKb()), latency.p50(), latency.p99(), latency.max());
        return ingest.firstFailure() == null ? details : details + "first failure: " + ingest.firstFailure() + "\n";
    }

    private static String row(String name, Phase phase) {
        CpuMeter.Usage cpu = phase.cpu();
        return String.format("%-28s %,12.0f %9.2f   %.2f / %.2f / %.2f / %.2f (%.2f)%n", name, phase.recordsPerSecond(),
                phase.seconds(), cpu.ingest(), cpu.broker(), cpu.loadGenerator(), cpu.other(), cpu.machine());
    }

    private static String phaseJson(Phase phase) {
        CpuMeter.Usage cpu = phase.cpu();
        return String.format(Locale.ROOT, "{\"recordsPerSecond\":%.1f,\"seconds\":%.3f,\"sent\":%d,\"accepted\":%d,"
                + "\"cores\":{\"ingest\":%.2f,\"broker\":%.2f,\"loadGenerator\":%.2f,\"other\":%.2f,\"machine\":%.2f}}",
                phase.recordsPerSecond(), phase.seconds(), phase.sent(), phase.accepted(), cpu.ingest(), cpu.broker(),
                cpu.loadGenerator(), cpu.other(), cpu.machine());
    }

    private String settings() {
        return producerSettings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private String settingsJson() {
        return producerSettings.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String javaVersion() {
        return System.getProperty("java.version");
    }
}
