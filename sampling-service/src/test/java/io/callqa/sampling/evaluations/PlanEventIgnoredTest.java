package io.callqa.sampling.evaluations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.QaPlanSet;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code QaPlanSet} shares {@code qa.evaluations.v1} with the evaluations; this service passes over it. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PlanEventIgnoredTest {

    @Test
    void aQaPlanIsConsumedWithoutBeingDeadLettered() {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        KafkaProbe.publish(new QaPlanSet(eventId, now, YearMonth.of(2071, 5),
                List.of(new QaPlanSet.Target("e-ignored-" + eventId, 30)), "q-ignored", now));

        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                "select count(*) from inbox where consumer = 'evaluations' and event_id = cast(? as uuid)",
                eventId.toString()) == 1);
        assertTrue(KafkaProbe.recordsMentioning(Topics.deadLetter(Topics.EVALUATIONS), eventId.toString()).isEmpty());
    }
}
