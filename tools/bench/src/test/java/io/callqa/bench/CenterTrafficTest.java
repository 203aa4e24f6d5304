package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;

class CenterTrafficTest {

    private final CenterTraffic center = new CenterTraffic(1_000, LocalDate.of(2026, 10, 1), 42, "t");

    @Test
    void aDayHasTheRequestedCallsInEndedAtOrder() {
        List<CallRecorded> calls = center.day(0, 20_000);
        assertEquals(20_000, calls.size());
        for (int i = 1; i < calls.size(); i++) {
            assertFalse(calls.get(i).endedAt().isBefore(calls.get(i - 1).endedAt()));
        }
        assertEquals(150_000, center.callsPerDay());
        assertEquals(2, center.days(300_000));
        assertEquals(3, center.days(300_001));
    }

    @Test
    void theShapeIsRealistic() {
        List<CallRecorded> calls = center.day(0, 150_000);
        long abandoned = calls.stream().filter(c -> !c.answered()).count();
        List<CallRecorded> answered = calls.stream().filter(CallRecorded::answered).toList();
        double shortShare = answered.stream().filter(c -> c.talkSeconds() < 20).count() / (double) answered.size();
        double longShare = answered.stream().filter(c -> c.talkSeconds() > 200).count() / (double) answered.size();
        assertTrue(shortShare > 0.07 && shortShare < 0.09, "short " + shortShare);
        assertTrue(longShare > 0.13 && longShare < 0.17, "long " + longShare);
        double abandonedShare = abandoned / (double) calls.size();
        assertTrue(abandonedShare > 0.03 && abandonedShare < 0.05, "abandoned " + abandonedShare);
        assertTrue(calls.stream().filter(c -> !c.answered()).allMatch(c -> c.agentId() == null));
        Map<String, Integer> callers = new HashMap<>();
        calls.forEach(c -> callers.merge(c.callerHash(), 1, Integer::sum));
        long repeated = calls.stream().filter(c -> callers.get(c.callerHash()) > 1).count();
        double repeatShare = repeated / (double) calls.size();
        assertTrue(repeatShare > 0.02 && repeatShare < 0.04, "repeat " + repeatShare);
    }

    @Test
    void someIntervalsMissTheServiceLevel() {
        List<CallRecorded> calls = center.day(0, 150_000);
        Map<Long, int[]> intervals = new HashMap<>();
        for (CallRecorded c : calls) {
            int[] counts = intervals.computeIfAbsent(c.enqueuedAt().getEpochSecond() / 1800, k -> new int[2]);
            counts[0]++;
            if (c.answered() && c.waitSeconds() <= 20) {
                counts[1]++;
            }
        }
        List<Double> levels = new ArrayList<>();
        intervals.values().forEach(c -> levels.add(c[1] / (double) c[0]));
        assertTrue(levels.stream().anyMatch(l -> l < 0.8), levels.toString());
        assertTrue(levels.stream().filter(l -> l >= 0.8).count() > levels.size() / 2, levels.toString());
    }

    @Test
    void sameSeedSameCalls() {
        CenterTraffic again = new CenterTraffic(1_000, LocalDate.of(2026, 10, 1), 42, "t");
        assertEquals(center.day(1, 1_000), again.day(1, 1_000));
    }

    @Test
    void steadyRateLeavesOutStartAndTail() {
        List<long[]> timeline = List.of(new long[] {0, 0}, new long[] {1_000_000_000L, 10},
                new long[] {2_000_000_000L, 50}, new long[] {3_000_000_000L, 90}, new long[] {4_000_000_000L, 100});
        assertEquals(40.0, SamplingBench.steadyRate(timeline, 100), 1e-9);
    }

    @Test
    void options() {
        SamplingOptions o = SamplingOptions.parse(List.of("--sampling", "--records", "1,000", "--latency-seconds", "0"));
        assertEquals(1_000, o.records());
        assertEquals(0, o.latencySeconds());
        assertEquals(1_000, o.agents());
    }
}
