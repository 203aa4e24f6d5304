package io.callqa.kit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.EventJson;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class EventBatchConsumerTest {

    private static final String TOPIC = "qa.kit-test.calls.v1";
    private static final String DLQ = TOPIC + ".dlq";

    @Test
    void redeliveredEventChangesNothingTheSecondTime() {
        String callId = "twice-" + UUID.randomUUID();
        CallRecorded event = call(callId);

        KafkaProbe.send(TOPIC, event.key(), EventJson.write(event));
        KafkaProbe.send(TOPIC, event.key(), EventJson.write(event));
        String marker = "marker-" + UUID.randomUUID();
        KafkaProbe.send(TOPIC, "k", EventJson.write(call(marker)));

        await().atMost(Duration.ofSeconds(30)).until(() -> notes(marker) == 1);
        assertEquals(1, notes(callId));
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        String garbage = "not an event " + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();

        KafkaProbe.send(TOPIC, "k", garbage);
        KafkaProbe.send(TOPIC, "k", EventJson.write(call(good)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaProbe.recordsMentioning(DLQ, garbage).isEmpty());
        var dead = KafkaProbe.recordsMentioning(DLQ, garbage).get(0);
        assertEquals(TOPIC, KafkaProbe.header(dead, "dead-letter-topic"));
        assertEquals("io.callqa.events.MalformedEventException", KafkaProbe.header(dead, "dead-letter-cause"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notes(good) == 1);
    }

    @Test
    void eventTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchIsKept() {
        String poison = "poison-" + UUID.randomUUID();
        String before = "before-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();

        KafkaProbe.send(TOPIC, "same-key", EventJson.write(call(before)));
        KafkaProbe.send(TOPIC, "same-key", EventJson.write(call(poison)));
        KafkaProbe.send(TOPIC, "same-key", EventJson.write(call(after)));

        await().atMost(Duration.ofSeconds(30)).until(() -> notes(after) == 1 && notes(before) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaProbe.recordsMentioning(DLQ, poison).size() == 1);
        assertEquals(0, notes(poison));
    }

    @Test
    void aConflictIsRetriedNotDeadLettered() {
        String conflict = "conflict-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();

        KafkaProbe.send(TOPIC, "conflict-key", EventJson.write(call(conflict)));
        KafkaProbe.send(TOPIC, "conflict-key", EventJson.write(call(other)));

        await().atMost(Duration.ofSeconds(30)).until(() -> notes(conflict) == 1 && notes(other) == 1);
        assertEquals(0, KafkaProbe.recordsMentioning(DLQ, conflict).size());
    }

    @Test
    void processedIdsOlderThanTheRetentionAreForgotten() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        TestDatabase.execute("insert into inbox (consumer, event_id, processed_at) values "
                + "('notes', ?, now() - interval '30 days'), ('notes', ?, now())", old, recent);

        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                "select count(*) from inbox where event_id = ?", old) == 0);
        assertEquals(1, TestDatabase.count("select count(*) from inbox where event_id = ?", recent));
    }

    private static long notes(String callId) {
        return TestDatabase.count("select count(*) from note where call_id = ?", callId);
    }

    private static CallRecorded call(String callId) {
        return new CallRecorded(UUID.randomUUID(), java.time.Instant.now(), callId, null, null, "q-1", "a-1", null,
                null, null, null, null, java.time.Instant.now(), null, null, null, null, null, null, null, null, null);
    }
}
