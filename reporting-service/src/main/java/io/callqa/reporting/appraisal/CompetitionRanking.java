package io.callqa.reporting.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Competition ranking ("1224"): the highest score is 1, equal scores share a rank, and the next score's rank counts
 * everyone above it. Entries without a score get no rank.
 */
public final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /** The rank of each score, in the order given; null for a null score. */
    public static List<Integer> of(List<BigDecimal> scores) {
        List<BigDecimal> sorted = new ArrayList<>(scores.stream().filter(s -> s != null).toList());
        sorted.sort(Comparator.reverseOrder());
        List<Integer> ranks = new ArrayList<>();
        for (BigDecimal score : scores) {
            ranks.add(score == null ? null : 1 + countAbove(sorted, score));
        }
        return ranks;
    }

    private static int countAbove(List<BigDecimal> descending, BigDecimal score) {
        int above = 0;
        while (above < descending.size() && descending.get(above).compareTo(score) > 0) {
            above++;
        }
        return above;
    }
}
