package io.callqa.bench;

import java.util.List;

/** The targets for ingest, checked against one run. */
public final class Targets {

    public static final double MIN_RATIO = 0.5;
    public static final double MIN_RECORDS_PER_SECOND = 30_000;
    public static final double MAX_RSS_MB = 300;

    /** One target: what it asks, what the run gave, and whether that meets it. */
    public record Check(String name, String measured, boolean met) {
    }

    private Targets() {
    }

    public static List<Check> check(Phase ceiling, IngestResult ingest) {
        double ratio = ratio(ceiling, ingest);
        double rate = ingest.phase().recordsPerSecond();
        double rssMb = Memory.megabytes(ingest.memory().peakKb());
        return List.of(
                new Check(String.format("ingest/ceiling >= %.2f", MIN_RATIO), String.format("%.2f", ratio),
                        ratio >= MIN_RATIO),
                new Check(String.format("ingest >= %,.0f records/s", MIN_RECORDS_PER_SECOND),
                        String.format("%,.0f", rate), rate >= MIN_RECORDS_PER_SECOND),
                new Check(String.format("ingest peak RSS <= %.0f MB", MAX_RSS_MB), String.format("%.0f MB", rssMb),
                        rssMb >= 0 && rssMb <= MAX_RSS_MB),
                new Check("every record accepted",
                        String.format("%,d/%,d", ingest.phase().accepted(), ingest.phase().sent()),
                        ingest.complete()));
    }

    public static boolean allMet(List<Check> checks) {
        return checks.stream().allMatch(Check::met);
    }

    public static double ratio(Phase ceiling, IngestResult ingest) {
        return ingest.phase().recordsPerSecond() / ceiling.recordsPerSecond();
    }

    /** CPU per record of the ceiling: the broker and the producer (this JVM). */
    public static double ceilingMicrosPerRecord(Phase ceiling) {
        return ceiling.cpuMicrosPerRecord(ceiling.cpu().bench());
    }

    /** CPU per record of ingest: ingest, the broker, PostgreSQL and the HTTP client. */
    public static double ingestMicrosPerRecord(IngestResult ingest) {
        return ingest.phase().cpuMicrosPerRecord(ingest.phase().cpu().stack());
    }

    /**
     * The ratio the phases' CPU cost per record predicts when both are CPU-bound on the same cores: unlike the
     * throughput ratio, hardly moved by other processes taking cores from one phase and not the other.
     */
    public static double costRatio(Phase ceiling, IngestResult ingest) {
        return ceilingMicrosPerRecord(ceiling) / ingestMicrosPerRecord(ingest);
    }
}
