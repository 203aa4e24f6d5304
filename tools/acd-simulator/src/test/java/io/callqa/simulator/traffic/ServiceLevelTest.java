package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.records.Call;

/** The 20-second service level per queue and half hour, the way the sampling rule computes it. */
class ServiceLevelTest {

    @Test
    void aSingleDayHasUnderStaffedIntervalsThatMissTheTarget() {
        Map<String, int[]> intervals = intervals(Simulations.scenario(50, Simulations.MONDAY, 1, 42, false));
        long missed = busy(intervals).stream().filter(v -> v[1] < 0.8 * v[0]).count();
        long badlyMissed = busy(intervals).stream().filter(v -> v[1] < 0.6 * v[0]).count();
        assertTrue(missed >= 3, "intervals under 80%: " + missed);
        assertTrue(badlyMissed >= 1, "intervals under 60%: " + badlyMissed);
    }

    @Test
    void mostIntervalsStillMeetTheTarget() {
        for (long seed = 1; seed <= 3; seed++) {
            List<int[]> busy = busy(intervals(Simulations.scenario(50, Simulations.MONDAY, 3, seed, false)));
            long met = busy.stream().filter(v -> v[1] >= 0.8 * v[0]).count();
            assertTrue(met > busy.size() * 0.65, "seed " + seed + ": " + met + " of " + busy.size() + " met 80/20");
        }
    }

    @Test
    void everySeedGivesMissedIntervals() {
        for (long seed = 100; seed < 105; seed++) {
            long missed = busy(intervals(Simulations.scenario(20, Simulations.MONDAY.plusDays(1), 1, seed, false)))
                    .stream().filter(v -> v[1] < 0.8 * v[0]).count();
            assertTrue(missed >= 1, "seed " + seed);
        }
    }

    /** Offered and answered within 20 s, per day, queue and interval of entering the queue. */
    private static Map<String, int[]> intervals(Scenario scenario) {
        Map<String, int[]> intervals = new TreeMap<>();
        for (Call call : Simulations.collect(scenario).inbound()) {
            ZonedDateTime at = call.enqueuedAt().atZone(scenario.zone());
            String key = at.toLocalDate() + " " + call.queueId() + " " + (at.getHour() * 2 + at.getMinute() / 30);
            int[] counts = intervals.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            counts[1] += call.answered() && call.waitSeconds() <= 20 ? 1 : 0;
        }
        return intervals;
    }

    /** Intervals with at least 10 offered calls: fewer say little about a service level. */
    private static List<int[]> busy(Map<String, int[]> intervals) {
        return intervals.values().stream().filter(v -> v[0] >= 10).toList();
    }
}
