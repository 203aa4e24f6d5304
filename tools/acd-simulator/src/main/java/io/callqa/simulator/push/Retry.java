package io.callqa.simulator.push;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** When to try a request again, and why. */
record Retry(Duration after, String reason) {

    static final Duration LONGEST = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

    /** A retry for 502, 503 and 504; null for a status that retrying will not change. */
    static Retry of(HttpResponse<?> response, int attempt, Instant now) {
        int status = response.statusCode();
        if (status != 502 && status != 503 && status != 504) {
            return null;
        }
        Duration after = response.headers().firstValue("Retry-After")
                .map(value -> retryAfter(value, now))
                .orElse(backoff(attempt));
        return new Retry(after, "the ingest API answered " + status + " (unavailable)");
    }

    /** {@code Retry-After}: seconds, or an HTTP date; at most 5 minutes. */
    static Duration retryAfter(String value, Instant now) {
        Duration after;
        try {
            after = Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            try {
                after = Duration.between(now, ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException unreadable) {
                after = Duration.ofSeconds(1);
            }
        }
        after = after.isNegative() ? Duration.ZERO : after;
        return after.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : after;
    }

    /** 1, 2, 4 … seconds, at most 30. */
    static Duration backoff(int attempt) {
        Duration after = Duration.ofSeconds(1L << Math.min(attempt, 5));
        return after.compareTo(LONGEST) > 0 ? LONGEST : after;
    }
}
