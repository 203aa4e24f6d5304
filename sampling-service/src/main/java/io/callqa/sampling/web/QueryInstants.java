package io.callqa.sampling.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.callqa.kit.problem.FieldError;

/** Instants in query parameters: ISO-8601 with {@code Z} or an offset; a bad one is an error naming the parameter. */
public final class QueryInstants {

    public static final String INSTANT = "an ISO-8601 instant, e.g. 2026-11-02T09:15:00+08:00";

    private QueryInstants() {
    }

    /** The instant, or null when absent; a bad value adds an error and answers null. */
    public static Instant optional(List<FieldError> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // a "+" left unencoded in a query string arrives as a space
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be " + INSTANT + ", not '" + value + "'"));
            return null;
        }
    }

    /** As {@link #optional}, and absent is an error too. */
    public static Instant required(List<FieldError> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "is required"));
            return null;
        }
        return optional(errors, name, value);
    }
}
