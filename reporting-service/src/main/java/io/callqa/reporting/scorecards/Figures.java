package io.callqa.reporting.scorecards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A scorecard's figures for a period: number of evaluations, average and minimum total score, critical failures,
 * the previous period's average and the change against it (null when either period has no evaluations), and the
 * 95% confidence interval on the average. {@code tooFewEvaluations} is true with fewer than two evaluations (then
 * there is no interval) or when the interval's half-width exceeds the configured maximum. Scores are rounded half
 * up to one decimal; the change is the difference of the unrounded averages, rounded.
 */
public record Figures(long evaluations, BigDecimal average, BigDecimal minimum, long criticalFailures,
        BigDecimal previousAverage, BigDecimal change, ConfidenceInterval confidenceInterval,
        boolean tooFewEvaluations) {

    public static Figures of(Summary s, BigDecimal maxHalfWidth) {
        boolean any = s.evaluations() > 0 && s.average() != null;
        BigDecimal change = any && s.previousAverage() != null
                ? round(s.average().subtract(s.previousAverage())) : null;
        ConfidenceInterval ci = any && s.standardDeviation() != null
                ? ConfidenceInterval.of(s.evaluations(), s.average().doubleValue(), s.standardDeviation().doubleValue())
                : null;
        boolean tooFew = ci == null || ci.widerThan(maxHalfWidth);
        return new Figures(s.evaluations(), any ? round(s.average()) : null, round(s.minimum()), s.criticalFailures(),
                round(s.previousAverage()), change, ci, tooFew);
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
