package io.callqa.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.callqa.ingest.IngestConfig;

class ProducerSettingsTest {

    private static IngestConfig.Publish publish(Duration timeout) {
        return new IngestConfig.Publish() {
            public Optional<String> bootstrapServers() {
                return Optional.empty();
            }

            public Duration timeout() {
                return timeout;
            }

            public Duration retryAfter() {
                return Duration.ofSeconds(5);
            }

            public Duration linger() {
                return Duration.ofMillis(5);
            }

            public int batchBytes() {
                return 262_144;
            }
        };
    }

    @Test
    void durabilityIsFixedAndEveryWaitFitsInThePublishTimeout() {
        Map<String, Object> settings = ProducerSettings.settings(Map.of("bootstrap.servers", "b:9092",
                "health.enabled", true, "acks", "1"), publish(Duration.ofSeconds(8)));

        assertEquals("all", settings.get("acks"));
        assertEquals(true, settings.get("enable.idempotence"));
        assertEquals("b:9092", settings.get("bootstrap.servers"));
        assertFalse(settings.containsKey("health.enabled"));
        assertEquals(4000L, settings.get("max.block.ms"));
        assertTrue((int) settings.get("delivery.timeout.ms") <= 8000);
        assertTrue((int) settings.get("delivery.timeout.ms")
                >= (int) settings.get("request.timeout.ms") + (int) settings.get("linger.ms"));
    }
}
