package io.callqa.sampling.intervals;

import io.callqa.sampling.calls.CallRow;

/**
 * What inbound calls add to their interval's figures, counted exactly as the recount from the call index counts
 * them: offered = every call but an abandon shorter than the short-abandon threshold; answered within = answered
 * after at most the threshold in the queue; abandoned = the abandons that are offered.
 */
public record IntervalCounts(int offered, int answeredWithin, int abandoned) {

    public static final IntervalCounts NONE = new IntervalCounts(0, 0, 0);

    /** The counts of one inbound call under these thresholds. */
    public static IntervalCounts of(CallRow call, int thresholdSeconds, int shortAbandonSeconds) {
        int wait = call.waitSeconds() == null ? 0 : call.waitSeconds();
        if (!call.answered()) {
            return wait >= shortAbandonSeconds ? new IntervalCounts(1, 0, 1) : NONE;
        }
        boolean within = call.waitSeconds() != null && call.waitSeconds() <= thresholdSeconds;
        return new IntervalCounts(1, within ? 1 : 0, 0);
    }

    public IntervalCounts plus(IntervalCounts other) {
        return new IntervalCounts(offered + other.offered, answeredWithin + other.answeredWithin,
                abandoned + other.abandoned);
    }
}
