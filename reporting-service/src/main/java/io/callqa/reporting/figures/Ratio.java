package io.callqa.reporting.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rates, shares and averages as the reports show them: rounded half up, null when there is nothing to divide by
 * (never NaN, never a 0 that pretends). Shares to 4 decimals, scores to 1.
 */
public final class Ratio {

    public static final int SHARE_SCALE = 4;
    public static final int SCORE_SCALE = 1;

    private Ratio() {
    }

    /** {@code part ÷ whole} to 4 decimals; null when {@code whole} is 0. */
    public static BigDecimal share(long part, long whole) {
        return of(part, whole, SHARE_SCALE);
    }

    /** {@code sum ÷ count} to {@code scale} decimals; null when {@code count} is 0. */
    public static BigDecimal of(long sum, long count, int scale) {
        return count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }

    /**
     * {@code value} to {@code scale} decimals; null stays null. Rounded to 9 decimals first, so that binary noise
     * ({@code 76.49999999999999} for 76.5) does not round the wrong way.
     */
    public static BigDecimal round(Double value, int scale) {
        return value == null ? null
                : BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code value} to {@code scale} decimals; null stays null. */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
