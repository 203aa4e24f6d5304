package io.callqa.reporting.bulletin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When a week's bulletin is due and whether a week is over, for Monday-to-Sunday weeks in the center's zone. A
 * week is over at midnight between its Sunday and the next Monday; its bulletin is due that Monday at
 * {@code dueAt} (08:00).
 */
public record BulletinWeeks(ZoneId zone, LocalTime dueAt) {

    /** The instant the bulletin of the week starting {@code monday} is due. */
    public Instant due(LocalDate monday) {
        return monday.plusWeeks(1).atTime(dueAt).atZone(zone).toInstant();
    }

    /** Has the week starting {@code monday} ended by {@code now}? */
    public boolean isOver(LocalDate monday, Instant now) {
        return !now.isBefore(monday.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    /** The Monday of the newest week whose bulletin is due at {@code now}. */
    public LocalDate lastDue(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate previous = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return now.isBefore(due(previous)) ? previous.minusWeeks(1) : previous;
    }
}
