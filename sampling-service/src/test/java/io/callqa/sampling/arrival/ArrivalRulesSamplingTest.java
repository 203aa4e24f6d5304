package io.callqa.sampling.arrival;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.CallRecorded;
import io.callqa.events.ComplaintReceived;
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
class ArrivalRulesSamplingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant MORNING = Instant.parse("2026-11-10T01:00:00Z");

    @Test
    void aComplaintBeforeItsCallPicksTheCallUrgentlyWhenItArrives() {
        String agent = Calls.id("a");
        String callId = Calls.id("c");
        KafkaProbe.publish(complaint(callId, null));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from complaint where call_id = ?",
                callId) == 1);

        KafkaProbe.publish(Calls.answered(callId, agent, null, MORNING, 5, 120));

        SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, callId), Optional::isPresent)
                .orElseThrow();
        assertEquals(List.of("COMPLAINT"), sample.reasons().stream().map(SampleSelected.Reason::rule).toList());
        assertEquals(SampleSelected.Mode.REALTIME, sample.mode());
        assertEquals(SampleSelected.Priority.URGENT, sample.priority());
    }

    @Test
    void aComplaintAboutAnAlreadySampledCallAddsItsReasonToTheOneSample() {
        String agent = Calls.id("a");
        String callId = Calls.id("c");
        KafkaProbe.publish(Calls.answered(callId, agent, null, MORNING, 5, 12));
        await().atMost(WAIT).until(() -> Calls.selected(agent, callId).isPresent());

        KafkaProbe.publish(complaint(callId, agent));

        SampleUpdated updated = await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class,
                agent).stream().filter(SampleUpdated.class::isInstance).map(SampleUpdated.class::cast).findFirst(),
                Optional::isPresent).orElseThrow();
        assertEquals(List.of("SHORT_CALL", "COMPLAINT"), updated.reasons().stream().map(SampleSelected.Reason::rule)
                .toList());
        assertEquals("COMPLAINT", updated.added().get(0).rule());
        assertEquals(SampleSelected.Priority.URGENT, updated.priority());
        assertEquals(Calls.selected(agent, callId).orElseThrow().sampleId(), updated.sampleId());
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ?", callId));
    }

    @Test
    void everyCallOfTheFirstThirtyDaysAfterHireIsSampledWithTheRostersTeam() {
        String agent = Calls.id("a");
        LocalDate hired = LocalDate.parse("2026-10-12");
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), Instant.now(), agent, "新人", "t-new", "s-1", hired,
                true));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from agent where agent_id = ?",
                agent) == 1);
        String day30 = Calls.id("c");
        String day31 = Calls.id("c");
        Instant day30Evening = hired.plusDays(29).atTime(23, 50).atZone(Calls.ZONE).toInstant();

        KafkaProbe.publish(withoutTeam(Calls.answered(day30, agent, null, day30Evening, 5, 120)));
        KafkaProbe.publish(withoutTeam(Calls.answered(day31, agent, null, day30Evening.plus(Duration.ofMinutes(15)),
                5, 120)));

        SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, day30), Optional::isPresent)
                .orElseThrow();
        assertEquals("NEW_HIRE", sample.reasons().get(0).rule());
        assertEquals(SampleSelected.Mode.POSTHOC, sample.mode());
        assertEquals("t-new", sample.teamId());
        assertTrue(sample.reasons().get(0).detail().startsWith("day 30 of 30"), sample.reasons().get(0).detail());
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                day31) == 1);
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", day31));
    }

    @Test
    void aCallBackWithinADaySamplesTheEarlierCallWhicheverArrivesFirst() {
        String agent = Calls.id("a");
        String caller = Calls.id("hash");
        String earlier = Calls.id("c");
        String later = Calls.id("c");
        String muchLater = Calls.id("c");

        KafkaProbe.publish(Calls.abandoned(later, caller, MORNING.plus(Duration.ofHours(23)), 30));
        KafkaProbe.publish(Calls.answered(earlier, agent, caller, MORNING, 5, 120));
        KafkaProbe.publish(Calls.answered(muchLater, agent, caller, MORNING.plus(Duration.ofHours(48)), 5, 120));

        SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, earlier), Optional::isPresent)
                .orElseThrow();
        assertEquals("REPEAT_CALL", sample.reasons().get(0).rule());
        assertTrue(sample.reasons().get(0).detail().contains(later), sample.reasons().get(0).detail());
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                muchLater) == 1);
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?)", later, muchLater));
    }

    @Test
    void aCallBackOnTheNextUtcDateFindsTheEarlierCallIndexedBeforeIt() {
        String agent = Calls.id("a");
        String caller = Calls.id("hash");
        String earlier = Calls.id("c");
        String later = Calls.id("c");

        // 01:00Z on one date, then 00:30Z on the next: the pair spans two days of call_caller_day
        KafkaProbe.publish(Calls.answered(earlier, agent, caller, MORNING, 5, 120));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                earlier) == 1);
        KafkaProbe.publish(Calls.abandoned(later, caller, MORNING.plus(Duration.ofMinutes(23 * 60 + 30)), 30));

        await().atMost(WAIT).until(() -> reasonDetail(earlier).contains(later));
    }

    @Test
    void theReasonNamesTheFirstCallBackEvenWhenALaterOneArrivedBeforeIt() {
        String agent = Calls.id("a");
        String caller = Calls.id("hash");
        String earlier = Calls.id("c");
        String first = Calls.id("c");
        String second = Calls.id("c");

        // as a replay can deliver them when the second call back's partition runs ahead of the first's
        KafkaProbe.publish(Calls.answered(earlier, agent, caller, MORNING, 5, 120));
        KafkaProbe.publish(Calls.answered(second, Calls.id("a"), caller, MORNING.plus(Duration.ofHours(5)), 5, 60));
        await().atMost(WAIT).until(() -> reasonDetail(earlier).contains(second));
        KafkaProbe.publish(Calls.answered(first, Calls.id("a"), caller, MORNING.plus(Duration.ofHours(2)), 5, 60));

        await().atMost(WAIT).until(() -> reasonDetail(earlier).contains(first));
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ?", earlier));
        assertEquals(MORNING.plus(Duration.ofHours(2)).plusSeconds(65).getEpochSecond(), TestDatabase.count(
                "select cast(extract(epoch from event_at) as bigint) from sample_reason where call_id = ?", earlier));
        assertTrue(TestDatabase.text("select reasons from sample where call_id = ?", earlier).contains(first));
    }

    private static String reasonDetail(String callId) {
        String detail = TestDatabase.text("select coalesce(max(detail), '') from sample_reason where call_id = ? and "
                + "rule = 'REPEAT_CALL'", callId);
        return detail == null ? "" : detail;
    }

    private static ComplaintReceived complaint(String callId, String agent) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.now(), Calls.id("CP"), callId, agent, Instant.now(),
                "ATTITUDE", ComplaintReceived.Severity.NORMAL, "态度差");
    }

    private static CallRecorded withoutTeam(CallRecorded c) {
        return new CallRecorded(c.eventId(), c.occurredAt(), c.callId(), c.channel(), c.direction(),
                c.queueId(), c.agentId(), null, c.callerHash(), c.callerMasked(), c.enqueuedAt(), c.answeredAt(),
                c.endedAt(), c.talkSeconds(), c.holdSeconds(), c.waitSeconds(), c.outcome(), c.releasedBy(),
                c.recordingUri(), c.wrapUpCode(), c.csat(), c.transcript());
    }
}
