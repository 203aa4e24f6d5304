package io.callqa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One run's result, as a table for people or as one JSON object. */
public record Report(BenchOptions options, Map<String, String> producerSettings, Phase ceiling, IngestResult ingest) {

    /** Cores taken by other processes above which a phase's figure says more about them than about ingest. */
    static final double SHARED_CORES = 0.25;
    static final String CPU_HEADER = "cores: ingest / broker / load gen. / PostgreSQL / other (all)";

    public List<Targets.Check> checks() {
        return Targets.check(ceiling, ingest);
    }

    /** Phases during which other processes took a noticeable share of the machine. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (var phase : Map.of("(a) ceiling", ceiling, "(b) ingest", ingest.phase()).entrySet()) {
            double other = phase.getValue().cpu().other();
            if (other > SHARED_CORES) {
                warnings.add(String.format("the machine was shared during %s: %.2f cores went to other processes",
                        phase.getKey(), other));
            }
        }
        warnings.sort(null);
        return warnings;
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
        out.append(String.format("%-28s %12.2f%n", "ratio ingest / ceiling", Targets.ratio(ceiling, ingest)));
        out.append(String.format("CPU per record: ceiling %.1f µs (broker + producer), ingest %.1f µs"
                + " (ingest + broker + PostgreSQL + client);%n"
                + "cost ratio %.2f: the ratio when both phases have the same cores to themselves%n%n", Targets.ceilingMicrosPerRecord(ceiling), Targets.ingestMicrosPerRecord(ingest),
                Targets.costRatio(ceiling, ingest)));
        out.append(ingestDetails());
        warnings().forEach(w -> out.append("warning: ").append(w).append("; repeat the run on a quieter machine\n"));
        out.append("\ntargets\n");
        for (Targets.Check check : checks()) {
            out.append(String.format("  %-30s %16s  %s%n", check.name(), check.measured(),
                    check.met() ? "PASS" : "FAIL"));
        }
        return out.toString();
    }

    public String json() {
        Memory memory = ingest.memory();
        Latencies latency = ingest.latencies();
        return String.format(Locale.ROOT, "{\"cpus\":%d,\"java\":\"%s\",\"records\":%d,\"batch\":%d,\"concurrency\":%d,"
                + "\"warmup\":%d,\"producerSettings\":%s,\"ceiling\":%s,\"ingest\":%s,\"ratio\":%.4f,"
                + "\"costRatio\":%.4f,"
                + "\"duplicates\":%d,\"rejected\":%d,\"failedRequests\":%d,\"latencyMs\":{\"p50\":%.1f,\"p99\":%.1f,"
                + "\"max\":%.1f},\"rssMb\":{\"idle\":%.1f,\"before\":%.1f,\"peak\":%.1f,\"highWaterMark\":%.1f},"
                + "\"sharedMachine\":%b,\"targetsMet\":%b}",
                cpus(), javaVersion(), options.records(), options.batch(), options.concurrency(), options.warmup(),
                settingsJson(), phaseJson(ceiling, Targets.ceilingMicrosPerRecord(ceiling)),
                phaseJson(ingest.phase(), Targets.ingestMicrosPerRecord(ingest)), Targets.ratio(ceiling, ingest),
                Targets.costRatio(ceiling, ingest),
                ingest.duplicates(), ingest.rejected(), ingest.failedRequests(), latency.p50(), latency.p99(),
                latency.max(), Memory.megabytes(memory.idleKb()), Memory.megabytes(memory.beforeKb()),
                Memory.megabytes(memory.peakKb()), Memory.megabytes(memory.highWaterMarkKb()), !warnings().isEmpty(),
                Targets.allMet(checks()));
    }

    private String ingestDetails() {
        Memory memory = ingest.memory();
        Latencies latency = ingest.latencies();
        String details = String.format("ingest: accepted %,d of %,d, duplicates %,d, rejected %,d, failed requests %d%n"
                + "ingest RSS: %.0f MB idle, %.0f MB after warm-up, %.0f MB peak while measured, VmHWM %.0f MB%n"
                + "request latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", ingest.phase().accepted(),
                ingest.phase().sent(), ingest.duplicates(), ingest.rejected(), ingest.failedRequests(),
                Memory.megabytes(memory.idleKb()), Memory.megabytes(memory.beforeKb()),
                Memory.megabytes(memory.peakKb()), Memory.megabytes(memory.highWaterMarkKb()), latency.p50(),
                latency.p99(), latency.max());
        return ingest.firstFailure() == null ? details : details + "first failure: " + ingest.firstFailure() + "\n";
    }

    private static String row(String name, Phase phase) {
        CpuMeter.Usage cpu = phase.cpu();
        return String.format("%-28s %,12.0f %9.2f   %.2f / %.2f / %.2f / %.2f / %.2f (%.2f)%n", name,
                phase.recordsPerSecond(), phase.seconds(), cpu.ingest(), cpu.broker(), cpu.loadGenerator(),
                cpu.postgres(), cpu.other(), cpu.machine());
    }

    private static String phaseJson(Phase phase, double cpuMicrosPerRecord) {
        CpuMeter.Usage cpu = phase.cpu();
        return String.format(Locale.ROOT, "{\"recordsPerSecond\":%.1f,\"seconds\":%.3f,\"sent\":%d,\"accepted\":%d,"
                + "\"cpuMicrosPerRecord\":%.2f,\"cores\":{\"ingest\":%.2f,\"broker\":%.2f,\"loadGenerator\":%.2f,"
                + "\"postgres\":%.2f,\"other\":%.2f,\"machine\":%.2f}}", phase.recordsPerSecond(), phase.seconds(),
                phase.sent(), phase.accepted(), cpuMicrosPerRecord, cpu.ingest(), cpu.broker(), cpu.loadGenerator(),
                cpu.postgres(), cpu.other(), cpu.machine());
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
