package io.callqa.reporting.operations;

import java.math.BigDecimal;

import io.callqa.reporting.figures.Ratio;

/**
 * Appeals (申诉) of a month: {@code filed} on the evaluations released in the month, their {@code rate} = filed ÷
 * {@code evaluations}; {@code decided} in the month, {@code upheldShare} = upheld ÷ decided; hours from filing to
 * decision of those decided (average and median, one decimal; null for an evaluator's row and without decisions).
 */
public record Appeals(long evaluations, long filed, BigDecimal rate, long decided, long upheld,
        BigDecimal upheldShare, BigDecimal averageHoursToDecision, BigDecimal medianHoursToDecision) {

    public static Appeals of(long evaluations, long filed, long decided, long upheld, Double averageHours,
            Double medianHours) {
        return new Appeals(evaluations, filed, Ratio.share(filed, evaluations), decided, upheld,
                Ratio.share(upheld, decided), Ratio.round(averageHours, 1), Ratio.round(medianHours, 1));
    }
}
