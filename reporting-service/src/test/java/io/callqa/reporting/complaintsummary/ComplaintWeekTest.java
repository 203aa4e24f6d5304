package io.callqa.reporting.complaintsummary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;
import io.callqa.reporting.periods.Period;

class ComplaintWeekTest {

    private final ComplaintWeek week = new ComplaintWeek(DayOfWeek.THURSDAY);

    @Test
    void publishedThursdayCoversThursdayToWednesdayBefore() {
        Period p = week.publishedOn(LocalDate.of(2032, 3, 11));
        assertEquals(LocalDate.of(2032, 3, 4), p.start());
        assertEquals(LocalDate.of(2032, 3, 10), p.last());
    }

    @Test
    void anotherDayIsRefusedNamingDate() {
        ProblemException e = assertThrows(ProblemException.class, () -> week.publishedOn(LocalDate.of(2032, 3, 10)));
        assertEquals("date", e.problem().errors().get(0).field());
        assertThrows(ProblemException.class, () -> week.dateOf("2032/03/11", LocalDate.of(2032, 3, 12)));
    }

    @Test
    void withoutADateTheLatestThursdayOnOrBeforeToday() {
        assertEquals(LocalDate.of(2032, 3, 11), week.dateOf(null, LocalDate.of(2032, 3, 11)));
        assertEquals(LocalDate.of(2032, 3, 11), week.dateOf(" ", LocalDate.of(2032, 3, 17)));
    }
}
