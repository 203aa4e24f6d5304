package io.callqa.simulator.traffic;

/** The workforce planner's formula: how many agents an interval needs to answer 80% of calls within 20 s. */
public final class ErlangC {

    private ErlangC() {
    }

    /** The share of calls answered within {@code thresholdSeconds} with {@code agents} agents and a load in erlangs. */
    public static double serviceLevel(int agents, double erlangs, double handleSeconds, double thresholdSeconds) {
        if (erlangs <= 0) {
            return 1.0;
        }
        if (agents <= erlangs) {
            return 0.0;
        }
        double erlangB = 1.0;
        for (int k = 1; k <= agents; k++) {
            erlangB = erlangs * erlangB / (k + erlangs * erlangB);
        }
        double waitProbability = agents * erlangB / (agents - erlangs * (1 - erlangB));
        return 1.0 - waitProbability * Math.exp(-(agents - erlangs) * thresholdSeconds / handleSeconds);
    }

    /** The fewest agents that reach the target service level (0 when no call is expected). */
    public static int agentsFor(double erlangs, double handleSeconds, double target, double thresholdSeconds) {
        if (erlangs <= 0) {
            return 0;
        }
        int agents = (int) Math.floor(erlangs) + 1;
        while (serviceLevel(agents, erlangs, handleSeconds, thresholdSeconds) < target) {
            agents++;
        }
        return agents;
    }
}
