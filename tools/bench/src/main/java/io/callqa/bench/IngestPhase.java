package io.callqa.bench;

import java.util.List;

/** Phase (b) end to end: warm-up, then the measured requests with ingest's memory sampled meanwhile. */
public final class IngestPhase {

    private final long ingestPid;
    private final CpuMeter cpu;
    private final long idleRssKb;

    /** @param idleRssKb ingest's VmRSS before any load */
    public IngestPhase(long ingestPid, CpuMeter cpu, long idleRssKb) {
        this.ingestPid = ingestPid;
        this.cpu = cpu;
        this.idleRssKb = idleRssKb;
    }

    /** @throws IllegalStateException when a warm-up request fails: nothing would be worth measuring */
    public IngestResult run(IngestLoad load, List<byte[]> warmup, List<byte[]> measured, long measuredRecords)
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
            return IngestResult.of(measuredRecords, nanos, usage, results,
                    new Memory(idleRssKb, rssBefore, rss.peakKb(), rss.highWaterMarkKb()));
        }
    }

    private static void requireAllOk(List<BatchResult> warmup) {
        warmup.stream().filter(r -> !r.ok()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("ingest failed a warm-up request: " + r.failure());
        });
    }
}
