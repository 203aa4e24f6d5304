package io.callqa.reporting.scorecards;

import java.math.BigDecimal;

/**
 * The raw figures of a set of evaluations in a period as SQL returns them: count, mean, minimum, critical failures,
 * sample standard deviation (null below two), and the mean of the previous period (null when it had none).
 */
public record Summary(long evaluations, BigDecimal average, BigDecimal minimum, long criticalFailures,
        BigDecimal standardDeviation, BigDecimal previousAverage) {

    public static final Summary NONE = new Summary(0, null, null, 0, null, null);

    /** From the columns {@code count, avg, min, critical, stddev_samp, previous avg} starting at {@code from}. */
    static Summary of(Object[] row, int from) {
        return new Summary(((Number) row[from]).longValue(), decimal(row[from + 1]), decimal(row[from + 2]),
                ((Number) row[from + 3]).longValue(), decimal(row[from + 4]), decimal(row[from + 5]));
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }
}
