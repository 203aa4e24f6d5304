package io.callqa.feedback.samples;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.events.Topics;
import io.callqa.feedback.library.LibraryFixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class SampleRefTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String column(String column, UUID sampleId) {
        return TestDatabase.text("select " + column + " from sample_ref where sample_id = ?", sampleId);
    }

    @Test
    void aSampleIsKeptOnceAndAnUpdateMovesItsQueue() {
        UUID sampleId = UUID.randomUUID();
        String agent = "a-" + UUID.randomUUID();
        SampleSelected selected = LibraryFixtures.sample(sampleId, "call-" + sampleId, agent, "t-1", "q-billing",
                "s3://recordings/x.wav", null);
        KafkaProbe.publish(selected);
        KafkaProbe.publish(selected);
        SampleUpdated updated = new SampleUpdated(UUID.randomUUID(), Instant.now(), sampleId, selected.callId(), agent,
                "t-1", "q-broadband", List.of(new SampleSelected.Reason("MANUAL", "by q-1")), List.of(),
                SampleSelected.Mode.POSTHOC, SampleSelected.Priority.NORMAL, selected.dueAt());
        KafkaProbe.publish(updated);

        await().atMost(WAIT).until(() -> "q-broadband".equals(TestDatabase.text(
                "select max(queue_id) from sample_ref where sample_id = ?", sampleId)));
        assertEquals(1, TestDatabase.count("select count(*) from sample_ref where sample_id = ?", sampleId));
        assertEquals("s3://recordings/x.wav", column("recording_uri", sampleId));
        assertNull(column("wrap_up_code", sampleId));
    }

    @Test
    void anUnreadableSampleGoesToTheDeadLetterTopic() {
        String garbage = "{\"type\":\"SampleSelected\",\"eventId\":\"" + UUID.randomUUID() + "\",\"selectedAt\":\"x\"}";

        KafkaProbe.send(Topics.SAMPLES, "a-1", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.SAMPLES)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
    }
}
