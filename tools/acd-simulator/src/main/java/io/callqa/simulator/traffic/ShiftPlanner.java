package io.callqa.simulator.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays shifts over a day's requirement the way a workforce planner would, greedily: the night agents first, then
 * each next day shift where it covers the most still-missing agent intervals, its break where it hurts least.
 * Agents left over when nothing is missing any more have the day off. Shift granularity and a requirement that
 * does not fit 9-hour shifts leave some intervals short: that is where the service level suffers.
 */
public final class ShiftPlanner {

    private ShiftPlanner() {
    }

    public static List<boolean[]> plan(int[] required, int dayAgents, int nightAgents) {
        List<boolean[]> shifts = new ArrayList<>();
        int[] covered = new int[DailyCurve.INTERVALS];
        for (int n = 0; n < nightAgents; n++) {
            add(shifts, covered, Shifts.night());
        }
        for (int n = 0; n < dayAgents; n++) {
            boolean[] best = bestDayShift(required, covered);
            if (best == null) {
                break;
            }
            add(shifts, covered, best);
        }
        return shifts;
    }

    private static boolean[] bestDayShift(int[] required, int[] covered) {
        boolean[] best = null;
        int bestValue = 0;
        for (int start = Shifts.FIRST_START; start <= Shifts.LAST_START; start++) {
            int breakStart = quietestBreak(required, covered, start);
            boolean[] shift = Shifts.day(start, breakStart);
            int value = 0;
            for (int i = 0; i < shift.length; i++) {
                value += shift[i] ? Math.max(0, required[i] - covered[i]) : 0;
            }
            if (value > bestValue) {
                best = shift;
                bestValue = value;
            }
        }
        return best;
    }

    /** The break's first interval, 3 to 5 hours into the shift, where the fewest agents are missing. */
    private static int quietestBreak(int[] required, int[] covered, int start) {
        int best = start + 6;
        int bestMissing = Integer.MAX_VALUE;
        for (int b = start + 6; b <= start + 10; b++) {
            int missing = Math.max(0, required[b] - covered[b]) + Math.max(0, required[b + 1] - covered[b + 1]);
            if (missing < bestMissing) {
                best = b;
                bestMissing = missing;
            }
        }
        return best;
    }

    private static void add(List<boolean[]> shifts, int[] covered, boolean[] shift) {
        shifts.add(shift);
        for (int i = 0; i < shift.length; i++) {
            covered[i] += shift[i] ? 1 : 0;
        }
    }
}
