package io.callqa.sampling.arrival;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.callqa.events.ComplaintReceived;
import io.callqa.events.EventJson;
import io.callqa.events.Topics;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class UnreadableInputTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ParameterizedTest
    @ValueSource(strings = {Topics.ROSTER, Topics.COMPLAINTS, Topics.EVALUATIONS})
    void anUnreadableRecordGoesToItsDeadLetterTopic(String topic) {
        String garbage = "{\"type\":\"NoSuchEvent\",\"eventId\":\"" + UUID.randomUUID() + "\"}";

        KafkaProbe.send(topic, "a-1", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(topic)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
    }

    @Test
    void aComplaintWithoutACallIsDeadLetteredAndStoresNothing() {
        String complaintId = Calls.id("CP");
        ComplaintReceived complaint = new ComplaintReceived(UUID.randomUUID(), Instant.now(), complaintId, null,
                "a-1", Instant.now(), "ATTITUDE", ComplaintReceived.Severity.NORMAL, "态度差");

        KafkaProbe.send(Topics.COMPLAINTS, "a-1", EventJson.write(complaint));

        await().atMost(WAIT).until(() -> !KafkaProbe.recordsMentioning(Topics.deadLetter(Topics.COMPLAINTS),
                complaintId).isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from complaint where complaint_id = ?", complaintId));
    }
}
