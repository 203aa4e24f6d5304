package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final CpuMeter.Usage CPU = new CpuMeter.Usage(2, 1, 0.5, 0.3, 0.1, 0, 0.1);
    private static final long SECOND = 1_000_000_000L;

    @Test
    void halfTheCeilingAndThirtyThousandPerSecondInThreeHundredMegabytesPass() {
        Phase ceiling = new Phase(120_000, 120_000, 2 * SECOND, CPU);
        List<Targets.Check> checks = Targets.check(ceiling, ingest(30_000, 300 * 1024));
        assertEquals(List.of(true, true, true, true), checks.stream().map(Targets.Check::met).toList());
        assertEquals(0.5, Targets.ratio(ceiling, ingest(30_000, 1)), 1e-9);
    }

    @Test
    void eachTargetFailsOnItsOwn() {
        Phase ceiling = new Phase(200_000, 200_000, SECOND, CPU);
        List<Targets.Check> checks = Targets.check(ceiling, ingest(29_000, 301 * 1024));
        assertEquals(List.of(false, false, false, true), checks.stream().map(Targets.Check::met).toList());
    }

    @Test
    void theCostRatioComparesCpuPerRecordOfTheStackNotOfOtherProcesses() {
        // ceiling: 100,000/s on 1.0 core of broker + producer = 10 µs; ingest: 20,000/s on 1.0 core in all = 50 µs
        Phase ceiling = new Phase(100_000, 100_000, SECOND, new CpuMeter.Usage(2, 0.2, 0.7, 0.3, 0, 0, 0.8));
        IngestResult ingest = new IngestResult(new Phase(20_000, 20_000, SECOND,
                new CpuMeter.Usage(2, 0.6, 0.2, 0.05, 0.15, 0, 1.0)), 0, 0, 0, null, new Latencies(1, 2, 3),
                new Memory(1, 1, 1, 1));
        assertEquals(10.0, Targets.ceilingMicrosPerRecord(ceiling), 1e-9);
        assertEquals(50.0, Targets.ingestMicrosPerRecord(ingest), 1e-9);
        assertEquals(0.2, Targets.costRatio(ceiling, ingest), 1e-9);
    }

    private static IngestResult ingest(long perSecond, long rssPeakKb) {
        return new IngestResult(new Phase(perSecond, perSecond, SECOND, CPU), 0, 0, 0, null,
                new Latencies(1, 2, 3), new Memory(1, 1, rssPeakKb, rssPeakKb));
    }
}
