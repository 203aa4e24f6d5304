package io.callqa.reporting.complaintsummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

import io.callqa.kit.problem.ProblemException;
import io.callqa.reporting.periods.Period;

/**
 * The days a complaint summary covers. The summary is published weekly on {@code publishDay} (Thursday) and covers
 * the 7 days ending the day before: published Thursday 2026-11-26, it lists the complaints received Thursday
 * 2026-11-19 to Wednesday 2026-11-25 (center days). {@code ?date=} names the publication day; without it the
 * newest publication day on or before today is meant. {@code ?from=&to=} asks any range instead.
 */
public record ComplaintWeek(DayOfWeek publishDay) {

    /** The period of the summary published on {@code date}; 400 ({@code date}) unless it is a publication day. */
    public Period publishedOn(LocalDate date) {
        if (date.getDayOfWeek() != publishDay) {
            throw ProblemException.invalid("date", date + " is a " + date.getDayOfWeek() + "; the summary is published "
                    + "on " + publishDay + "s");
        }
        return Period.range(date.minusDays(7), date.minusDays(1));
    }

    /** The newest publication day on or before {@code today}. */
    public LocalDate latest(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(publishDay));
    }

    /** The publication day of a request's {@code date}, else the latest; 400 ({@code date}) for a bad date. */
    public LocalDate dateOf(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return latest(today);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be YYYY-MM-DD, the " + publishDay + " of publication");
        }
    }
}
