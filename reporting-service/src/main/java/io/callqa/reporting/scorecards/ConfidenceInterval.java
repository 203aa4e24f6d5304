package io.callqa.reporting.scorecards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 95% confidence interval on an average score: {@code mean ± t(0.975, n−1) · s / √n} with Student's t and the
 * sample standard deviation {@code s}, clipped to the score range [0, 100]. With fewer than two evaluations there is
 * no interval. Plain Java: the t quantiles come from the table for 1–30 degrees of freedom and a Cornish–Fisher
 * expansion beyond (within 0.001 of the exact quantile), so no statistics library is needed.
 */
public record ConfidenceInterval(BigDecimal low, BigDecimal high, BigDecimal halfWidth) {

    private static final double Z975 = 1.959963984540054;

    /** t(0.975) for 1..30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    /** The two-sided 95% quantile of Student's t, {@code t(0.975)}, with {@code df} ≥ 1 degrees of freedom. */
    public static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, not " + df);
        }
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = Z975;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double n = df;
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
    }

    /**
     * The interval for {@code n} scores with this mean and sample standard deviation, bounds and half-width rounded
     * half up to one decimal; null when {@code n < 2}.
     */
    public static ConfidenceInterval of(long n, double mean, double standardDeviation) {
        if (n < 2) {
            return null;
        }
        double half = t975((int) Math.min(n - 1, Integer.MAX_VALUE)) * standardDeviation / Math.sqrt(n);
        return new ConfidenceInterval(round(Math.max(0, mean - half)), round(Math.min(100, mean + half)), round(half));
    }

    /** Whether the interval is too wide for the average to be trusted (more than {@code maxHalfWidth} points). */
    public boolean widerThan(BigDecimal maxHalfWidth) {
        return halfWidth.compareTo(maxHalfWidth) > 0;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
