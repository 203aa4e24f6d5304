package io.callqa.sampling.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * 事后随机抽检: once a day is complete, an agent's post-hoc picks for the day are drawn uniformly, without replacement,
 * among that day's answered calls not yet sampled: ceil(remaining post-hoc / days left in the month, counting the
 * day). When the month's last day is complete, a top-up brings the agent's RANDOM samples for the month (realtime and
 * post-hoc) to exactly min(quota, the month's answered calls not picked by other rules); a realtime shortfall moves
 * to post-hoc this way.
 */
public final class PosthocDraw {

    private PosthocDraw() {
    }

    /** ceil(max(remaining, 0) / days left including today), at most the number of candidates. */
    public static int dailyCount(int remainingPosthoc, int daysLeftIncludingToday, int candidates) {
        if (daysLeftIncludingToday < 1) {
            throw new IllegalArgumentException("days left must count the day itself: " + daysLeftIncludingToday);
        }
        int remaining = Math.max(remainingPosthoc, 0);
        int count = (remaining + daysLeftIncludingToday - 1) / daysLeftIncludingToday;
        return Math.min(count, Math.max(candidates, 0));
    }

    /**
     * {@code count} distinct call ids (at most all of them), uniformly without replacement, seeded by SHA-256 of
     * agentId + "|" + day. The candidates are sorted (and deduplicated) first, so their order does not matter.
     */
    public static List<String> choose(List<String> candidateCallIds, int count, String agentId, LocalDate day) {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(day, "day");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<String> pool = new ArrayList<>(new TreeSet<>(candidateCallIds));
        int n = Math.min(count, pool.size());
        SplittableRandom random = new SplittableRandom(Hash.first64Bits(agentId + "|" + day));
        for (int i = 0; i < n; i++) { // partial Fisher–Yates: pool[0..i) are the picks so far
            int j = i + random.nextInt(pool.size() - i);
            String picked = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, picked);
        }
        return List.copyOf(pool.subList(0, n));
    }

    /** max(0, min(quota, eligible calls in the month) − RANDOM picks so far): the last day's extra picks. */
    public static int topUp(int quota, int randomPicksSoFar, int eligibleCallsInMonth) {
        return Math.max(0, Math.min(quota, eligibleCallsInMonth) - randomPicksSoFar);
    }
}
