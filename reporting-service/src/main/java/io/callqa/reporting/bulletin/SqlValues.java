package io.callqa.reporting.bulletin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** The values of a native query's {@code Object[]} row as Java types, whatever the driver returned for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Long optionalLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static boolean flag(Object value) {
        return value != null && (Boolean) value;
    }

    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate();
        }
        return value instanceof LocalDate ? (LocalDate) value : LocalDate.parse(value.toString());
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toInstant();
        }
        if (value instanceof ZonedDateTime) {
            return ((ZonedDateTime) value).toInstant();
        }
        if (value instanceof Timestamp) {
            return ((Timestamp) value).toInstant();
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
