package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final CpuMeter.Usage CPU = new CpuMeter.Usage(2, 1, 0.5, 0.3, 0.1, 0.1);
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

    private static IngestResult ingest(long perSecond, long rssPeakKb) {
        return new IngestResult(new Phase(perSecond, perSecond, SECOND, CPU), 0, 0, 0, null,
                new Latencies(1, 2, 3), new Memory(1, 1, rssPeakKb, rssPeakKb));
    }
}
