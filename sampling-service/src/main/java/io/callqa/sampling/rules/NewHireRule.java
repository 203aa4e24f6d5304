package io.callqa.sampling.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * 新员工100%质检: every answered call of an agent in their first {@code days} local days, the hire date being
 * day 1, judged by the call's {@code answeredAt} in the center's zone.
 */
public final class NewHireRule {

    private final int days;
    private final ZoneId zone;

    public NewHireRule(int days, ZoneId zone) {
        this.days = days;
        this.zone = zone;
    }

    public Optional<Reason> evaluate(boolean answered, Instant answeredAt, LocalDate hireDate) {
        if (!answered || answeredAt == null || hireDate == null) {
            return Optional.empty();
        }
        LocalDate day = answeredAt.atZone(zone).toLocalDate();
        LocalDate lastDay = hireDate.plusDays(days - 1L);
        if (day.isBefore(hireDate) || day.isAfter(lastDay)) {
            return Optional.empty();
        }
        long dayNumber = day.toEpochDay() - hireDate.toEpochDay() + 1;
        return Optional.of(new Reason(Rule.NEW_HIRE, "day " + dayNumber + " of " + days + " since hire on " + hireDate,
                Map.of("hireDate", hireDate.toString(), "dayOfWindow", dayNumber, "windowEnds", lastDay.toString())));
    }
}
