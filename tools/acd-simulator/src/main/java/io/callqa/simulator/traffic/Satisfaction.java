package io.callqa.simulator.traffic;

import java.util.SplittableRandom;

import io.callqa.simulator.records.ServiceFaults;

/**
 * The post-call survey (满意度, 1–5): about 30% of answered inbound callers answer it; most give 5 or 4, fewer after a
 * long wait, and a rude agent mostly gets 1 or 2.
 */
final class Satisfaction {

    static final double SURVEYED = 0.30;
    private static final double[] USUAL = {0.04, 0.04, 0.10, 0.27, 0.55};
    private static final double[] OFFENDED = {0.45, 0.25, 0.20, 0.10, 0.0};

    private Satisfaction() {
    }

    static Integer draw(SplittableRandom random, Leg leg, ServiceFaults faults) {
        if (!Draw.chance(random, SURVEYED)) {
            return null;
        }
        double[] weights = faults.bannedPhrase() || faults.questionedBack() ? OFFENDED : USUAL;
        double u = random.nextDouble();
        int score = 1;
        double cumulative = weights[0];
        while (score < 5 && u >= cumulative) {
            cumulative += weights[score];
            score++;
        }
        boolean waitedLong = leg.waitSeconds() > 60;
        return waitedLong && score > 1 && Draw.chance(random, 0.5) ? score - 1 : score;
    }
}
