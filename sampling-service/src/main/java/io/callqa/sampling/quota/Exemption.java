package io.callqa.sampling.quota;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 免检月: a month is exempt when each of the two months before it was perfect (at least the minimum number of
 * released evaluations, every one scoring 100) and neither of those two was itself exempt. So perfect months 1 and 2
 * exempt month 3; month 4 is normal again even if month 3 was perfect; perfect months 4 and 5 exempt month 6.
 * A month without a record has no evaluations and breaks the run.
 */
public final class Exemption {

    private static final BigDecimal PERFECT = new BigDecimal("100");

    /**
     * One earlier month of an agent's released evaluations.
     *
     * @param month       the month
     * @param evaluations how many released evaluations the agent had
     * @param allPerfect  whether every one of them scored 100
     */
    public record MonthRecord(YearMonth month, int evaluations, boolean allPerfect) {

        public MonthRecord {
            Objects.requireNonNull(month, "month");
            if (evaluations < 0) {
                throw new IllegalArgumentException("evaluations must not be negative: " + evaluations);
            }
        }

        /** The record of a month from its released scores: perfect when there are scores and each one is 100. */
        public static MonthRecord fromScores(YearMonth month, List<BigDecimal> scores) {
            boolean allPerfect = !scores.isEmpty() && scores.stream().allMatch(s -> s.compareTo(PERFECT) == 0);
            return new MonthRecord(month, scores.size(), allPerfect);
        }
    }

    private final int minEvaluations;
    private final Map<YearMonth, MonthRecord> byMonth = new HashMap<>();

    public Exemption(int minEvaluations, List<MonthRecord> history) {
        if (minEvaluations < 1) {
            throw new IllegalArgumentException("minEvaluations must be at least 1: " + minEvaluations);
        }
        this.minEvaluations = minEvaluations;
        for (MonthRecord record : history) {
            if (byMonth.put(record.month(), record) != null) {
                throw new IllegalArgumentException("two records for " + record.month());
            }
        }
    }

    /**
     * exempt(m) = perfect(m−1) ∧ perfect(m−2) ∧ ¬exempt(m−1) ∧ ¬exempt(m−2). Only the run of perfect months ending
     * at m−1 matters (the two months at the start of a run cannot be exempt, as the month before the run is not
     * perfect), so the recursion is evaluated forward over that run: linear in its length, which is bounded by the
     * number of records.
     */
    public boolean exempt(YearMonth month) {
        return exempt(month, Map.of());
    }

    /**
     * As {@link #exempt(YearMonth)}, where a month whose exemption is already known (decided and stored when that
     * month began) takes the known value instead of the recursion's, for itself and for the months after it.
     */
    public boolean exempt(YearMonth month, Map<YearMonth, Boolean> known) {
        Objects.requireNonNull(known, "known");
        YearMonth start = month;
        while (perfect(start.minusMonths(1))) {
            start = start.minusMonths(1);
        }
        // start is the first perfect month of the run ending at m−1 (or m itself when m−1 is not perfect);
        // start and start+1 are not exempt by the recursion, as start−1 is not perfect.
        boolean exemptTwoBefore = false;
        boolean exemptOneBefore = false;
        for (YearMonth m = start; !m.isAfter(month); m = m.plusMonths(1)) {
            Boolean stored = known.get(m);
            boolean exempt = stored != null ? stored
                    : perfect(m.minusMonths(1)) && perfect(m.minusMonths(2)) && !exemptOneBefore && !exemptTwoBefore;
            exemptTwoBefore = exemptOneBefore;
            exemptOneBefore = exempt;
        }
        return exemptOneBefore; // exempt(month) after the last step
    }

    /** At least the minimum number of released evaluations, each scoring 100. */
    boolean perfect(YearMonth month) {
        MonthRecord record = byMonth.get(month);
        return record != null && record.evaluations() >= minEvaluations && record.allPerfect();
    }
}
