package io.callqa.kit.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** The mean of evaluation totals, as every report shows it: one decimal, half up; null when there is none. */
public final class ScoreAverage {

    private ScoreAverage() {
    }

    public static BigDecimal of(Collection<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP);
    }
}
