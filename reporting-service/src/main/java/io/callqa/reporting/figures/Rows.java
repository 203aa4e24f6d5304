package io.callqa.reporting.figures;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reads the columns of a native query's row, whatever numeric type the driver hands back. */
public final class Rows {

    private Rows() {
    }

    /** A count or sum; 0 for null (a sum over no rows). */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    public static Double real(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A date the query selected as text ({@code day::text}). */
    public static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
