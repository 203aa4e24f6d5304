package io.callqa.reporting.servicelevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The day × interval grid of the 20-second service level (20秒接通率). {@code intervals} are the columns (start times
 * of day, {@code HH:mm} in the center's zone); each day's {@code serviceLevels} has one value per column, null when
 * nothing was offered (or there is no such interval that day); {@code missed} lists the day's intervals with the
 * verdict MISSED.
 */
public record ServiceLevelReport(String period, LocalDate from, LocalDate to, String scope, String queueId,
        Integer lengthMinutes, List<String> intervals, List<Day> days, Totals total) {

    /** One row of the grid with the day's totals. */
    public record Day(LocalDate day, List<BigDecimal> serviceLevels, List<String> missed, Totals totals) {
    }

    /**
     * Offered, answered within 20 s and abandoned of the intervals, their service level and missed intervals; answer
     * speed (average queue wait of answered calls, seconds, one decimal) and abandon rate from the call records.
     */
    public record Totals(long offered, long answeredWithin, long abandoned, BigDecimal serviceLevel,
            int missedIntervals, BigDecimal answerSpeedSeconds, BigDecimal abandonRate) {
    }
}
