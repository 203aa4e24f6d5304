package io.callqa.feedback.knowledge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * A {@code from}/{@code to} pair of query parameters: ISO-8601 instants with {@code Z} or an offset, each optional,
 * {@code to} after {@code from}. A bad value is a 400 naming the parameter.
 */
public record QueryInstants(Instant from, Instant to) {

    public static QueryInstants parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromAt = optional(errors, "from", from);
        Instant toAt = optional(errors, "to", to);
        if (fromAt != null && toAt != null && !toAt.isAfter(fromAt)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new QueryInstants(fromAt, toAt);
    }

    private static Instant optional(List<FieldError> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // a "+" left unencoded in a query string arrives as a space
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant, e.g. 2026-11-02T09:15:00+08:00, not '"
                    + value + "'"));
            return null;
        }
    }
}
