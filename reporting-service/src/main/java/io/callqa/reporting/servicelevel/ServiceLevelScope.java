package io.callqa.reporting.servicelevel;

import java.util.Locale;

import io.callqa.kit.problem.ProblemException;
import io.callqa.reporting.periods.Period;

/**
 * What a service-level request asks for: the center as a whole ({@code scope=center}) or one queue
 * ({@code scope=queue&queueId=…}), over at most {@value #MAX_DAYS} days, with an optional interval length.
 * {@code scope} defaults to {@code queue} when a {@code queueId} is given, else to {@code center}.
 */
public record ServiceLevelScope(String scope, String queueId, Integer lengthMinutes) {

    public static final int MAX_DAYS = 31;

    /** {@code interval_fact.scope} for the center as a whole. */
    public static final String CENTER = "CENTER";
    public static final String QUEUE = "QUEUE";

    public static ServiceLevelScope parse(String scope, String queueId, String lengthMinutes) {
        String queue = queueId == null || queueId.isBlank() ? null : queueId.strip();
        String kind = scope == null || scope.isBlank() ? (queue == null ? CENTER : QUEUE)
                : scope.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals(CENTER) && !kind.equals(QUEUE)) {
            throw ProblemException.invalid("scope", "must be center or queue");
        }
        if (kind.equals(QUEUE) && queue == null) {
            throw ProblemException.invalid("queueId", "is required with scope=queue");
        }
        if (kind.equals(CENTER) && queue != null) {
            throw ProblemException.invalid("queueId", "is only for scope=queue");
        }
        return new ServiceLevelScope(kind, queue, length(lengthMinutes));
    }

    private static Integer length(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(value.strip());
            if (minutes >= 1 && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("lengthMinutes", "must be a whole number of minutes from 1 to 1440, e.g. 15");
    }

    /** The grid's period: at most {@value #MAX_DAYS} days, else a 400 naming {@code to}. */
    public static Period checkLength(Period period) {
        if (period.days() > MAX_DAYS) {
            throw ProblemException.invalid(period.kind() == Period.Kind.QUARTER ? "quarter" : "to",
                    "the service-level grid spans at most " + MAX_DAYS + " days");
        }
        return period;
    }

    /** {@code interval_fact.queue_id}: '' for the center. */
    public String queueKey() {
        return queueId == null ? "" : queueId;
    }
}
