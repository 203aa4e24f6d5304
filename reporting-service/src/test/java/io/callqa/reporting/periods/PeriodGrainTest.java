package io.callqa.reporting.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodGrainTest {

    @Test
    void wholeMonthsAreAnsweredByTheMonthlyAggregates() {
        assertEquals("month", Period.month(YearMonth.of(2026, 2)).grain());
        assertEquals("month", Period.quarter(2026, 4).grain());
        assertEquals("month", Period.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).grain());
    }

    @Test
    void anythingElseByTheDailyOnes() {
        assertEquals("day", Period.weekOf(LocalDate.of(2026, 3, 4)).grain());
        assertEquals("day", Period.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 30)).grain());
        assertEquals("day", Period.range(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 28)).grain());
        assertEquals("day", Period.range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).grain());
    }
}
