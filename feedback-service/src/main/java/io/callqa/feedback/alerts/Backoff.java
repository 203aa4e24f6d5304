package io.callqa.feedback.alerts;

import java.time.Duration;

/** Exponential back-off: the pause after attempt {@code n} (1-based) is {@code initial × factor^(n-1)}. */
public record Backoff(Duration initial, double factor, int maxAttempts) {

    /** The pause before the next attempt, after {@code attempts} failed ones. */
    public Duration after(int attempts) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
        return Duration.ofMillis((long) Math.min(millis, Duration.ofDays(1).toMillis()));
    }

    /** Whether {@code attempts} failed attempts use up the allowance. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
