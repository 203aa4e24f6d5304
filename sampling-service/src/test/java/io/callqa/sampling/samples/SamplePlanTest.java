package io.callqa.sampling.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

class SamplePlanTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void shortCallIsRealtimeHighDueInFourHours() {
        SamplePlan plan = SamplePlan.of(List.of(new Reason(Rule.SHORT_CALL, "12 s")), NOW, Duration.ofHours(4),
                Duration.ofDays(3));

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.HIGH, NOW.plus(Duration.ofHours(4))), plan);
    }

    @Test
    void aSampleNeedsAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> SamplePlan.of(List.of(), NOW, Duration.ofHours(4), Duration.ofDays(3)));
    }
}
