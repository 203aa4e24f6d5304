package io.callqa.simulator.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theProgressLineShowsCountsRateAndPosition() {
        Tally.Snapshot calls = new Tally.Snapshot("calls", 1200, 1190, 3, 7, 0, List.of());
        assertEquals("calls sent 1200  accepted 1190  duplicates 3  rejected 7  512 rec/s  up to 2026-11-01 14:30",
                Progress.line(calls, 512.4, "2026-11-01 14:30"));
    }

    @Test
    void beforeTheFirstCallThereIsNoPosition() {
        Tally.Snapshot calls = new Tally.Snapshot("calls", 0, 0, 0, 0, 0, List.of());
        assertEquals("calls sent 0  accepted 0  duplicates 0  rejected 0  0 rec/s", Progress.line(calls, 0, null));
    }
}
