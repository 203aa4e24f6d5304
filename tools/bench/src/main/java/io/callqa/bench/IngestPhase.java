package io.callqa.bench;

import java.util.List;

/** Phase (b) end to end: warm-up, then the measured requests with ingest's memory sampled meanwhile. */
public final class IngestPhase {

    private final IngestLoad load;
    private final long ingestPid;
    private final CpuMeter cpu;

    public IngestPhase(IngestLoad load, long ingestPid, CpuMeter cpu) {
        this.load = load;
        this.ingestPid = ingestPid;
        this.cpu = cpu;
    }

    /** @throws IllegalStateException when a warm-up request fails: nothing would be worth measuring */
    public IngestResult run(List<byte[]> warmup, List<byte[]> measured, long measuredRecords)
            throws InterruptedException {
        requireAllOk(load.send(warmup));
        try (RssSampler rss = new RssSampler(ingestPid)) {
            long rssBefore = rss.currentKb();
            rss.start();
            CpuMeter.Snapshot before = cpu.snapshot();
            long start = System.nanoTime();
            List<BatchResult> results = load.send(measured);
            long nanos = System.nanoTime() - start;
            CpuMeter.Usage usage = cpu.since(before);
            rss.close();
            return IngestResult.of(measuredRecords, nanos, usage, results, rssBefore, rss.peakKb(),
                    rss.highWaterMarkKb());
        }
    }

    private static void requireAllOk(List<BatchResult> warmup) {
        warmup.stream().filter(r -> !r.ok()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("ingest failed a warm-up request: " + r.failure());
        });
    }
}
