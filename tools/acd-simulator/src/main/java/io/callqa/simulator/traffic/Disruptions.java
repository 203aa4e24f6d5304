package io.callqa.simulator.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.center.Agent;

/**
 * What the plan did not foresee, between 09:00 and 17:00: every day one team (班组) — two on one day in two —
 * leaves the phones for a meeting or a training session of an hour to an hour and a half, and on about one day in
 * three a system fault takes 30–50% of the agents on duty off the phones for half an hour to an hour. These
 * intervals are reliably under-staffed.
 */
public final class Disruptions {

    static final int EARLIEST_START = 18;
    static final int LATEST_START = 31;

    private Disruptions() {
    }

    /** Takes agents off duty in place; {@code onDuty[agent][interval]}, agents as in {@code working}. */
    public static void apply(List<Agent> working, boolean[][] onDuty, SplittableRandom random) {
        int sessions = Draw.chance(random, 0.5) ? 2 : 1;
        for (int s = 0; s < sessions && !working.isEmpty(); s++) {
            String team = Draw.oneOf(random, working).teamId();
            int start = Draw.between(random, EARLIEST_START, LATEST_START);
            int length = Draw.between(random, 2, 3);
            for (int a = 0; a < working.size(); a++) {
                if (working.get(a).teamId().equals(team)) {
                    off(onDuty[a], start, length);
                }
            }
        }
        if (Draw.chance(random, 0.35)) {
            int start = Draw.between(random, EARLIEST_START, LATEST_START);
            int length = Draw.between(random, 1, 2);
            List<Integer> present = onDutyAt(onDuty, start);
            int away = (int) Math.ceil(present.size() * (0.3 + 0.2 * random.nextDouble()));
            for (int k = 0; k < away; k++) {
                off(onDuty[present.remove(random.nextInt(present.size()))], start, length);
            }
        }
    }

    private static void off(boolean[] shift, int start, int length) {
        for (int i = start; i < start + length; i++) {
            shift[i] = false;
        }
    }

    private static List<Integer> onDutyAt(boolean[][] onDuty, int interval) {
        List<Integer> present = new ArrayList<>();
        for (int agent = 0; agent < onDuty.length; agent++) {
            if (onDuty[agent][interval]) {
                present.add(agent);
            }
        }
        return present;
    }
}
