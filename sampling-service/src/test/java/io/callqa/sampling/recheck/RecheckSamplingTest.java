package io.callqa.sampling.recheck;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AppealFiled;
import io.callqa.events.CallRecorded;
import io.callqa.events.CoachingCompleted;
import io.callqa.events.EventJson;
import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.events.Topics;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class RecheckSamplingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant COMPLETED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void theNextThreeAnsweredCallsAfterCompletionAreSampledOnceEach() {
        String agent = Calls.id("a");
        UUID plan = UUID.randomUUID();
        String before = Calls.id("c");
        KafkaProbe.publish(Calls.answered(before, agent, null, COMPLETED.minusSeconds(600), 5, 120));
        await().atMost(WAIT).until(() -> indexed(before));
        CoachingCompleted completed = completed(plan, agent, 0);
        KafkaProbe.publish(completed);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from recheck where plan_id = "
                + "cast(? as uuid) and calls = 3 and remaining = 3", plan.toString()) == 1);

        String first = Calls.id("c");
        String abandoned = Calls.id("c");
        String second = Calls.id("c");
        String third = Calls.id("c");
        String fourth = Calls.id("c");
        KafkaProbe.publish(Calls.answered(first, agent, null, COMPLETED.plusSeconds(60), 5, 120));
        KafkaProbe.publish(unanswered(abandoned, agent, COMPLETED.plusSeconds(400)));
        KafkaProbe.publish(Calls.answered(second, agent, null, COMPLETED.plusSeconds(600), 5, 120));
        KafkaProbe.publish(Calls.answered(third, agent, null, COMPLETED.plusSeconds(900), 5, 120));
        KafkaProbe.publish(Calls.answered(fourth, agent, null, COMPLETED.plusSeconds(1200), 5, 120));

        List<String> picked = List.of(first, second, third);
        for (int k = 1; k <= 3; k++) {
            String callId = picked.get(k - 1);
            SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, callId),
                    Optional::isPresent).orElseThrow();
            assertEquals(List.of(new SampleSelected.Reason("RECHECK",
                    "re-check " + k + " of 3 after coaching plan " + plan)), sample.reasons());
            assertEquals(SampleSelected.Mode.REALTIME, sample.mode());
            assertEquals(SampleSelected.Priority.HIGH, sample.priority());
            assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and rule = "
                    + "'RECHECK' and evidence ->> 'planId' = ? and cast(evidence ->> 'ordinal' as int) = ? and "
                    + "cast(evidence ->> 'of' as int) = 3 and evidence ->> 'completedAt' = ?", callId,
                    plan.toString(), k, COMPLETED.toString()));
        }
        await().atMost(WAIT).until(() -> indexed(fourth));
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?, ?)", before,
                abandoned, fourth));
        assertEquals(0, TestDatabase.count("select remaining from recheck where plan_id = cast(? as uuid)",
                plan.toString()));

        // the same event again, and another event for the same plan: no new re-check, no new pick
        KafkaProbe.publish(completed);
        CoachingCompleted again = completed(plan, agent, 3);
        KafkaProbe.publish(again);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from inbox where consumer = 'feedback' "
                + "and event_id = cast(? as uuid)", again.eventId().toString()) == 1);
        String fifth = Calls.id("c");
        KafkaProbe.publish(Calls.answered(fifth, agent, null, COMPLETED.plusSeconds(1500), 5, 120));
        await().atMost(WAIT).until(() -> indexed(fifth));
        assertEquals(3, TestDatabase.count("select count(*) from sample_reason where rule = 'RECHECK' and "
                + "evidence ->> 'planId' = ?", plan.toString()));
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", fifth));
        assertEquals(3, KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size());
    }

    @Test
    void callsIndexedBeforeTheEventArrivesArePickedAtOnceAndASampledOneGainsTheReason() {
        String agent = Calls.id("a");
        UUID plan = UUID.randomUUID();
        String before = Calls.id("c");
        String shortOne = Calls.id("c");
        String longOne = Calls.id("c");
        KafkaProbe.publish(Calls.answered(before, agent, null, COMPLETED.minusSeconds(60), 5, 120));
        KafkaProbe.publish(Calls.answered(shortOne, agent, null, COMPLETED.plusSeconds(60), 5, 12));
        KafkaProbe.publish(Calls.answered(longOne, agent, null, COMPLETED.plusSeconds(300), 5, 120));
        await().atMost(WAIT).until(() -> indexed(longOne) && Calls.selected(agent, shortOne).isPresent());

        KafkaProbe.publish(completed(plan, agent, 3));

        SampleUpdated updated = await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES,
                SampleEvent.class, agent).stream().filter(SampleUpdated.class::isInstance)
                .map(SampleUpdated.class::cast).findFirst(), Optional::isPresent).orElseThrow();
        assertEquals(shortOne, updated.callId());
        assertEquals(List.of("SHORT_CALL", "RECHECK"), updated.reasons().stream().map(SampleSelected.Reason::rule)
                .toList());
        assertEquals("re-check 1 of 3 after coaching plan " + plan, updated.added().get(0).detail());
        SampleSelected secondPick = await().atMost(WAIT).until(() -> Calls.selected(agent, longOne),
                Optional::isPresent).orElseThrow();
        assertEquals("re-check 2 of 3 after coaching plan " + plan, secondPick.reasons().get(0).detail());
        assertEquals(1, TestDatabase.count("select remaining from recheck where plan_id = cast(? as uuid)",
                plan.toString()));
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", before));

        String later = Calls.id("c");
        KafkaProbe.publish(Calls.answered(later, agent, null, COMPLETED.plusSeconds(3600), 5, 120));

        SampleSelected thirdPick = await().atMost(WAIT).until(() -> Calls.selected(agent, later),
                Optional::isPresent).orElseThrow();
        assertEquals("re-check 3 of 3 after coaching plan " + plan, thirdPick.reasons().get(0).detail());
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ?", shortOne));
    }

    @Test
    void otherFeedbackEventsArePassedOver() {
        String agent = Calls.id("a");
        AppealFiled appeal = new AppealFiled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                1, agent, "t-9", List.of("greeting"), "I did greet", Instant.now());

        KafkaProbe.publish(appeal);

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from inbox where consumer = 'feedback' "
                + "and event_id = cast(? as uuid)", appeal.eventId().toString()) == 1);
        assertTrue(KafkaProbe.recordsMentioning(Topics.deadLetter(Topics.FEEDBACK), appeal.eventId().toString())
                .isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from recheck where agent_id = ?", agent));
    }

    @Test
    void aMalformedFeedbackRecordGoesToTheDeadLetterTopicAndOpensNothing() {
        String garbage = "{\"type\":\"NoSuchEvent\",\"eventId\":\"" + UUID.randomUUID() + "\"}";
        UUID plan = UUID.randomUUID();
        CoachingCompleted withoutAgent = completed(plan, null, 3);

        KafkaProbe.send(Topics.FEEDBACK, "a-1", garbage);
        KafkaProbe.send(Topics.FEEDBACK, "a-1", EventJson.write(withoutAgent));

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.FEEDBACK)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
        await().atMost(WAIT).until(() -> !KafkaProbe.recordsMentioning(Topics.deadLetter(Topics.FEEDBACK),
                plan.toString()).isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from recheck where plan_id = cast(? as uuid)",
                plan.toString()));
    }

    private static CoachingCompleted completed(UUID plan, String agent, int recheckCalls) {
        return new CoachingCompleted(UUID.randomUUID(), COMPLETED.plusSeconds(1), plan, agent, "t-9",
                List.of("greeting"), CoachingCompleted.GoalKind.NO_DEDUCTION, (BigDecimal) null, recheckCalls,
                "lead-t-9", COMPLETED);
    }

    /** An outbound call of the agent the customer did not pick up. */
    private static CallRecorded unanswered(String callId, String agent, Instant startedAt) {
        Instant ended = startedAt.plusSeconds(30);
        return new CallRecorded(UUID.randomUUID(), ended.plusSeconds(1), callId, CallRecorded.Channel.VOICE,
                CallRecorded.Direction.OUTBOUND, null, agent, "t-9", null, null, null, null, ended, null, null, null,
                CallRecorded.CallOutcome.ABANDONED, CallRecorded.ReleasedBy.SYSTEM, null, null, null, List.of());
    }

    private static boolean indexed(String callId) {
        return TestDatabase.count("select count(*) from call where call_id = ?", callId) == 1;
    }
}
