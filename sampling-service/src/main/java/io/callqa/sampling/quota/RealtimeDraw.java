package io.callqa.sampling.quota;

import java.time.YearMonth;
import java.util.Objects;

/**
 * 实时随机抽检: as an agent's answered calls arrive, each is picked with probability
 * remaining / max(remaining, expectedRemaining), where remaining is the realtime target less the realtime picks so
 * far and expectedRemaining = max(V − calls so far this month, 1), V being last month's answered calls. The draw
 * {@code u} is a hash of the call id and the month, so replaying the month's calls makes the same picks.
 * When V = 0, expectedRemaining is 1, so every call is picked while the target is not reached.
 */
public final class RealtimeDraw {

    private static final double TWO_TO_THE_MINUS_53 = 0x1.0p-53;

    private RealtimeDraw() {
    }

    /** Deterministic and uniform in [0, 1): the top 53 bits of SHA-256(callId + "|" + month) over 2^53. */
    public static double u(String callId, YearMonth month) {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(month, "month");
        return (Hash.first64Bits(callId + "|" + month) >>> 11) * TWO_TO_THE_MINUS_53;
    }

    /**
     * max(V − callsBefore, 1): the calls still expected this month, counting the current one, where callsBefore is
     * the agent's answered calls earlier this month. 1 once V is reached or exceeded, and always 1 when V = 0.
     */
    public static long expectedRemaining(long previousMonthVolume, long callsBefore) {
        return Math.max(previousMonthVolume - callsBefore, 1);
    }

    /** u < remaining / max(remaining, expectedRemaining); never when nothing remains, always when enough remains. */
    public static boolean picks(double u, int remaining, long expectedRemaining) {
        if (remaining <= 0) {
            return false;
        }
        long denominator = Math.max(remaining, Math.max(expectedRemaining, 1));
        return u < (double) remaining / denominator;
    }
}
