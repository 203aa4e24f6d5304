package io.callqa.simulator.traffic;

import java.util.SplittableRandom;

/** Talk time of an answered call: a share of short calls (3–19 s), the rest log-normal around the queue's median. */
final class TalkTimes {

    private TalkTimes() {
    }

    static int draw(SplittableRandom random, int medianSeconds, boolean newHire) {
        if (Draw.chance(random, Model.SHORT_CALL_SHARE)) {
            return Draw.between(random, 3, 19);
        }
        double median = newHire ? medianSeconds * Model.NEW_HIRE_TALK_FACTOR : medianSeconds;
        double seconds = Draw.logNormal(random, median, Model.TALK_SIGMA);
        return (int) Math.max(20, Math.min(Model.TALK_MAX_SECONDS, Math.round(seconds)));
    }
}
