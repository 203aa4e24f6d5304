package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void ingestsDurabilityWithItsDefaultLingerAndBatchSize() {
        assertEquals(Map.of("acks", "all", "enable.idempotence", "true", "max.in.flight.requests.per.connection", "5",
                "compression.type", "none", "linger.ms", "5", "batch.size", "262144"),
                ProducerSettings.of(new Properties()));
    }

    @Test
    void lingerAndBatchSizeFollowIngestsConfiguration() {
        Properties ingest = new Properties();
        ingest.setProperty("qa.ingest.publish.linger", "20ms");
        ingest.setProperty("qa.ingest.publish.batch-bytes", " 65536 ");
        Map<String, String> settings = ProducerSettings.of(ingest);
        assertEquals("20", settings.get("linger.ms"));
        assertEquals("65536", settings.get("batch.size"));
    }

    @Test
    void readsDurationsAsSmallRyeConfigDoes() {
        assertEquals(Duration.ofMillis(5), ProducerSettings.duration("5ms"));
        assertEquals(Duration.ofSeconds(8), ProducerSettings.duration("8s"));
        assertEquals(Duration.ofSeconds(2), ProducerSettings.duration("2"));
        assertEquals(Duration.ofMillis(1500), ProducerSettings.duration("PT1.5S"));
        assertEquals(Duration.ofMinutes(1), ProducerSettings.duration("1m"));
    }
}
