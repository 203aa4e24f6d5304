package io.callqa.ingest.raw;

import static io.callqa.ingest.CallRecords.record;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class RawCallTopicTest {

    @Test
    void validRawRecordsArePublishedAndInvalidOnesDeadLetteredWithReasons() {
        String good = "raw-" + UUID.randomUUID();
        String bad = "raw-" + UUID.randomUUID();
        String garbage = "raw-garbage-" + UUID.randomUUID();

        KafkaProbe.send(RawRecords.TOPIC, good, record(good, "a-raw"));
        KafkaProbe.send(RawRecords.TOPIC, bad, record(bad, "a-raw").replace("09:00:27+08:00", "08:00:00+08:00"));
        KafkaProbe.send(RawRecords.TOPIC, garbage, "{\"callId\": \"" + garbage + "\", ");
        KafkaProbe.send(RawRecords.TOPIC, good, record(good, "a-raw"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(1, KafkaProbe.recordsMentioning(Topics.CALLS, good).size());
            assertEquals(1, KafkaProbe.recordsMentioning(RawRecords.DEAD_LETTERS, bad).size());
            assertEquals(1, KafkaProbe.recordsMentioning(RawRecords.DEAD_LETTERS, garbage).size());
        });
        var letter = KafkaProbe.recordsMentioning(RawRecords.DEAD_LETTERS, bad).get(0);
        assertTrue(KafkaProbe.header(letter, "dlq-reason").startsWith("endedAt:"));
        assertEquals(RawRecords.TOPIC, KafkaProbe.header(letter, "dlq-original-topic"));
        assertTrue(KafkaProbe.header(KafkaProbe.recordsMentioning(RawRecords.DEAD_LETTERS, garbage).get(0),
                "dlq-reason").contains("not valid JSON"));
        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, bad).isEmpty());
    }
}
