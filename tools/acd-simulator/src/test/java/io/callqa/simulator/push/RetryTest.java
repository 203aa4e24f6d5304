package io.callqa.simulator.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void retryAfterInSecondsOrAsAnHttpDateCappedAtFiveMinutes() {
        assertEquals(Duration.ofSeconds(3), Retry.retryAfter("3", NOW));
        assertEquals(Duration.ofSeconds(90), Retry.retryAfter("Mon, 02 Nov 2026 08:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, Retry.retryAfter("Mon, 02 Nov 2026 07:00:00 GMT", NOW));
        assertEquals(Duration.ofMinutes(5), Retry.retryAfter("3600", NOW));
        assertEquals(Duration.ofSeconds(1), Retry.retryAfter("soon", NOW));
    }

    @Test
    void withoutRetryAfterItBacksOffExponentiallyUpToThirtySeconds() {
        assertEquals(Duration.ofSeconds(1), Retry.backoff(0));
        assertEquals(Duration.ofSeconds(4), Retry.backoff(2));
        assertEquals(Duration.ofSeconds(30), Retry.backoff(9));
    }
}
