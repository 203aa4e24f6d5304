package io.callqa.simulator.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.records.Call.Direction;

/**
 * Outbound callbacks: an agent on duty calls back some callers who gave up after waiting a minute or more, 10–45
 * minutes later; three in four pick up. (Callbacks do not take agent time from the queue: they are few.)
 */
final class Callbacks {

    static final int MEDIAN_TALK_SECONDS = 100;

    private Callbacks() {
    }

    static List<Leg> plan(List<Leg> legs, List<Agent> agents, boolean[][] onDuty, long dayStart,
            SplittableRandom random) {
        List<Leg> callbacks = new ArrayList<>();
        for (Leg leg : legs) {
            if (leg.answered() || leg.waitSeconds() < 60 || !Draw.chance(random, Model.CALLBACK_SHARE)) {
                continue;
            }
            long dialled = leg.endedAt() + Draw.between(random, 600, 2_700);
            int interval = (int) ((dialled - dayStart) / DailyCurve.INTERVAL_SECONDS);
            List<Agent> present = presentAt(agents, onDuty, interval);
            if (!present.isEmpty()) {
                callbacks.add(dial(leg, Draw.oneOf(random, present), dialled, random));
            }
        }
        return callbacks;
    }

    private static Leg dial(Leg origin, Agent agent, long dialled, SplittableRandom random) {
        if (!Draw.chance(random, 0.75)) {
            return new Leg(origin.queue(), agent, Direction.OUTBOUND, dialled, Leg.NEVER,
                    dialled + Draw.between(random, 25, 40), origin);
        }
        long answered = dialled + Draw.between(random, 5, 20);
        long ended = answered + TalkTimes.draw(random, MEDIAN_TALK_SECONDS, agent.newHire());
        return new Leg(origin.queue(), agent, Direction.OUTBOUND, dialled, answered, ended, origin);
    }

    private static List<Agent> presentAt(List<Agent> agents, boolean[][] onDuty, int interval) {
        List<Agent> present = new ArrayList<>();
        if (interval < DailyCurve.INTERVALS) {
            for (int a = 0; a < agents.size(); a++) {
                if (onDuty[a][interval]) {
                    present.add(agents.get(a));
                }
            }
        }
        return present;
    }
}
