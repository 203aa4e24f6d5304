package io.callqa.reporting.servicelevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One interval of {@code interval_fact}: its center day, start time of day ({@code HH:mm}), figures and verdict. */
public record IntervalRow(LocalDate day, String time, long offered, long answeredWithin, long abandoned,
        BigDecimal serviceLevel, String verdict) {

    public boolean missed() {
        return "MISSED".equals(verdict);
    }
}
