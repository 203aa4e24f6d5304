package io.callqa.simulator.traffic;

import java.util.SplittableRandom;

import io.callqa.simulator.records.ServiceFaults;

/** How often agents slip, veterans and new hires: new hires miss the greeting and the closing more often. */
final class Faults {

    private Faults() {
    }

    static ServiceFaults draw(SplittableRandom random, boolean newHire) {
        return new ServiceFaults(
                Draw.chance(random, newHire ? 0.15 : 0.05),
                Draw.chance(random, newHire ? 0.20 : 0.08),
                Draw.chance(random, newHire ? 0.04 : 0.015),
                Draw.chance(random, newHire ? 0.04 : 0.02),
                Draw.chance(random, newHire ? 0.03 : 0.01));
    }
}
