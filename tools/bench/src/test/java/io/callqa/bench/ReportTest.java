package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aPhaseDuringWhichOtherProcessesTookTheMachineIsFlagged() {
        Report report = report(new CpuMeter.Usage(2, 0, 1.2, 0.4, 0, 0, 0.4),
                new CpuMeter.Usage(2, 1.2, 0.3, 0.1, 0.2, 0, 0.2));
        assertEquals(List.of("the machine was shared during (a) ceiling: 0.40 cores went to other processes"),
                report.warnings());
        assertTrue(report.text().contains("warning: the machine was shared during (a) ceiling"));
        assertTrue(report.json().contains("\"sharedMachine\":true"));
    }

    @Test
    void theTableAndTheJsonCarryTheRatioAndThePeakRss() {
        Report report = report(new CpuMeter.Usage(2, 0, 1.2, 0.6, 0, 0, 0.1),
                new CpuMeter.Usage(2, 1.2, 0.3, 0.1, 0.3, 0, 0.1));
        assertTrue(report.warnings().isEmpty());
        assertTrue(report.text().contains("ratio ingest / ceiling               0.40"), report.text());
        assertTrue(report.json().contains("\"ratio\":0.4000"), report.json());
        assertTrue(report.json().contains("\"peak\":250.0"), report.json());
    }

    private static Report report(CpuMeter.Usage ceilingCpu, CpuMeter.Usage ingestCpu) {
        IngestResult ingest = new IngestResult(new Phase(40_000, 40_000, SECOND, ingestCpu), 0, 0, 0, null,
                new Latencies(50, 90, 120), new Memory(200 * 1024, 220 * 1024, 250 * 1024, 260 * 1024));
        return new Report(BenchOptions.defaults(), Map.of("acks", "all"), new Phase(100_000, 100_000, SECOND,
                ceilingCpu), ingest);
    }
}
