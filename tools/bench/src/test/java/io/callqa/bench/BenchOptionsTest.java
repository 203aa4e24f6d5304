package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTheIssuesRun() {
        assertEquals(new BenchOptions(300_000, 1_000, 4, 30_000, false, false), BenchOptions.parse(List.of()));
    }

    @Test
    void everyOptionIsRead() {
        BenchOptions options = BenchOptions.parse(List.of("--records", "50_000", "--batch", "500", "--concurrency",
                "8", "--warmup", "0", "--keep", "--json"));
        assertEquals(new BenchOptions(50_000, 500, 8, 0, true, true), options);
    }

    @Test
    void recordsAreRoundedUpToWholeBatches() {
        BenchOptions options = BenchOptions.parse(List.of("--records", "2500", "--warmup", "999"));
        assertEquals(3, options.measuredBatches());
        assertEquals(1, options.warmupBatches());
    }

    @Test
    void rejectsAnUnknownOptionAndAMissingNumber() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--fast")))
                .getMessage().contains("--fast"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--batch")))
                .getMessage().contains("--batch needs a number"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--concurrency", "0"))).getMessage().contains("at least 1"));
    }
}
