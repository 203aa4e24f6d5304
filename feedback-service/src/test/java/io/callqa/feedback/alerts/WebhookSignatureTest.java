package io.callqa.feedback.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        String signature = WebhookSignature.of("key", "1700000000", "{}");

        assertTrue(signature.matches("sha256=[0-9a-f]{64}"));
        assertEquals(signature, WebhookSignature.of("key", "1700000000", "{}"));
        assertFalse(signature.equals(WebhookSignature.of("key", "1700000001", "{}")));
        assertFalse(signature.equals(WebhookSignature.of("other", "1700000000", "{}")));
    }

    @Test
    void matchesAnIndependentlyComputedHmac() {
        // python3: hmac.new(b"key", b'1700000000.{"id":1}', hashlib.sha256).hexdigest()
        assertEquals("sha256=1d542af0cd7355fefa5c19021ad89d3e2afd77ebff5448db280f180e013d2651",
                WebhookSignature.of("key", "1700000000", "{\"id\":1}"));
    }

    @Test
    void backoffDoublesFromTheInitialDelayUntilTheAttemptsAreUsedUp() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), 2, 8);

        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(64), backoff.after(7));
        assertFalse(backoff.exhausted(7));
        assertTrue(backoff.exhausted(8));
    }
}
