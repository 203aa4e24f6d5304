package io.callqa.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;

class EventJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    static CallRecorded call() {
        return new CallRecorded(UUID.randomUUID(), T0.plusSeconds(60), "c-1", Channel.VOICE, Direction.INBOUND,
                "q-billing", "a-7", "t-1", "hash", "138****5678", T0, T0.plusSeconds(12), T0.plusSeconds(30),
                18, 0, 12, CallOutcome.ANSWERED, null, "s3://rec/c-1.wav", null, null, null);
    }

    @Test
    void callRecordedRoundTripsWithItsType() {
        CallRecorded call = call();
        String json = EventJson.write(call);

        assertTrue(json.contains("\"type\":\"CallRecorded\""), json);
        assertTrue(json.contains("\"enqueuedAt\":\"2026-11-02T01:00:00Z\""), json);
        assertFalse(json.contains("releasedBy"), "nulls are left out: " + json);
        assertFalse(json.contains("\"key\""), "helper methods are not properties: " + json);
        assertEquals(call, EventJson.read(json, CallEvent.class));
    }

    @Test
    void evaluationReleasedKeepsItemResults() {
        var item = new EvaluationReleased.ItemResult("B1", "BUSINESS", "DEDUCTION", 20, 15, false, false, "INCOMPLETE_ANSWER",
                "policy half explained", new EvaluationReleased.Quote(42_000, "这个要看情况"));
        var released = new EvaluationReleased(UUID.randomUUID(), T0, UUID.randomUUID(), 1, UUID.randomUUID(), "c-1",
                "a-7", "t-1", "e-1", List.of(new SampleSelected.Reason("SHORT_CALL", "12 s")), "personal", 1, new BigDecimal("75.0"), false, true,
                new EvaluationReleased.Flags(false, false, false), List.of(item), "ok", T0);

        EvaluationEvent read = EventJson.read(EventJson.write(released), EvaluationEvent.class);

        assertEquals(released, read);
        assertTrue(EventJson.write(released).contains("\"possible\":20"), EventJson.write(released));
        assertEquals(5, ((EvaluationReleased) read).items().get(0).pointsLost());
    }

    @Test
    void itemLabelsRoundTripAndOlderItemsReadWithoutThem() throws Exception {
        var labels = new EvaluationReleased.Labels(new EvaluationReleased.Text("不使用服务禁语", "No banned phrases"),
                new EvaluationReleased.Text("服务能力", "Service ability"),
                new EvaluationReleased.Text("使用服务禁语", "Used a banned phrase"));
        var item = new EvaluationReleased.ItemResult("S4", "SERVICE", "CRITICAL", 0, 0, false, true, "BANNED_PHRASE",
                null, null, labels);
        var released = new EvaluationReleased(UUID.randomUUID(), T0, UUID.randomUUID(), 1, null, "c-1", "a-7", "t-1",
                "e-1", List.of(), "personal-qa", 1, new BigDecimal("0.0"), true, true,
                new EvaluationReleased.Flags(false, false, false), List.of(item), null, T0);

        var read = (EvaluationReleased) EventJson.read(EventJson.write(released), EvaluationEvent.class);

        assertEquals(labels, read.items().get(0).labels());
        String older = EventJson.write(released).replace(EventJson.mapper().writeValueAsString(labels), "null");
        assertEquals(null, ((EvaluationReleased) EventJson.read(older, EvaluationEvent.class)).items().get(0).labels());
    }

    @Test
    void coachingAndLibraryEventsRoundTripOnTheFeedbackTopic() {
        var completed = new CoachingCompleted(UUID.randomUUID(), T0, UUID.randomUUID(), "a-7", "t-1", List.of("S4"),
                CoachingCompleted.GoalKind.NO_DEDUCTION, null, 3, "lead-t-1", T0);
        var approved = new ExcellentRecordingApproved(UUID.randomUUID(), T0, UUID.randomUUID(), UUID.randomUUID(), 1,
                "c-1", "a-7", "t-1", List.of("S1", "C2"), "q-billing", "BILLING_QUERY", "s3://recordings/c-1.wav",
                new BigDecimal("99.0"), 2, "q-1", T0);

        assertEquals(completed, EventJson.read(EventJson.write(completed), FeedbackEvent.class));
        assertEquals(approved, EventJson.read(EventJson.write(approved), FeedbackEvent.class));
        assertEquals(Topics.FEEDBACK, completed.topic());
        assertEquals("a-7", approved.key());
        assertTrue(EventJson.write(completed).contains("\"type\":\"CoachingCompleted\""));
    }

    @Test
    void aSampleCarriesTheCallsWrapUpCode() {
        var sample = new SampleSelected(UUID.randomUUID(), T0, UUID.randomUUID(), "c-1", "a-7", "t-1", "q-billing",
                new SampleSelected.CallSummary(T0, T0, T0.plusSeconds(12), 12, 0, null, "BILLING_QUERY"), List.of(),
                SampleSelected.Mode.REALTIME, SampleSelected.Priority.HIGH, T0, T0.plusSeconds(3600));

        var read = (SampleSelected) EventJson.read(EventJson.write(sample), SampleEvent.class);

        assertEquals("BILLING_QUERY", read.call().wrapUpCode());
        assertEquals(null, new SampleSelected.CallSummary(T0, T0, T0, 0, 0, null).wrapUpCode());
    }

    @Test
    void appealAndCalibrationEventsRoundTripWithTheirTypes() {
        var filed = new AppealFiled(UUID.randomUUID(), T0, UUID.randomUUID(), UUID.randomUUID(), 1, "a-7", "t-1",
                List.of("S1"), "I did greet", T0);
        var decided = new AppealDecided(UUID.randomUUID(), T0, filed.appealId(), filed.evaluationId(), 1, "a-7",
                "t-1", AppealDecided.Decision.REJECTED, "greeting missing at 0:01", "q-1", null, T0);
        var calibrated = new CalibrationCompleted(UUID.randomUUID(), T0, UUID.randomUUID(), "c-1", "personal-qa", 1,
                "q-1", new BigDecimal("90.0"), new BigDecimal("5"), List.of(new CalibrationCompleted.Result("e-1",
                        new BigDecimal("84.0"), new BigDecimal("6.0"), new BigDecimal("0.8"), true)), T0);

        var taken = new AppealUnderReview(UUID.randomUUID(), T0, filed.appealId(), filed.evaluationId(), "a-7", "t-1",
                "q-1");
        assertEquals(taken, EventJson.read(EventJson.write(taken), EvaluationEvent.class));
        assertEquals(filed, EventJson.read(EventJson.write(filed), FeedbackEvent.class));
        assertEquals(decided, EventJson.read(EventJson.write(decided), EvaluationEvent.class));
        assertEquals(calibrated, EventJson.read(EventJson.write(calibrated), EvaluationEvent.class));
        assertTrue(EventJson.write(filed).contains("\"type\":\"AppealFiled\""));
    }

    @Test
    void unknownPropertiesAreIgnored() {
        String json = EventJson.write(call()).replace("{", "{\"addedLater\":42,");

        assertInstanceOf(CallRecorded.class, EventJson.read(json, CallEvent.class));
    }

    @Test
    void rejectsTextThatIsNotAnEventOfTheFamily() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("{not json", CallEvent.class));
        assertThrows(MalformedEventException.class, () -> EventJson.read("{\"type\":\"Nope\"}", CallEvent.class));
        assertThrows(MalformedEventException.class,
                () -> EventJson.read("{\"type\":\"CallRecorded\",\"callId\":\"x\"}", CallEvent.class));
    }

    @Test
    void deserializerReadsWhatSerializerWrote() {
        CallRecorded call = call();
        byte[] bytes = new EventSerializer().serialize(Topics.CALLS, call);

        assertEquals(call, new EventDeserializer.Calls().deserialize(Topics.CALLS, bytes));
        assertEquals("qa.calls.v1.dlq", Topics.deadLetter(call.topic()));
    }

    @Test
    void rosterAndComplaintEventsRoundTripKeyedByAgent() {
        AgentUpdated agent = new AgentUpdated(UUID.randomUUID(), T0, "A0001", "张三", "T01", "S01",
                java.time.LocalDate.parse("2026-11-01"), true);
        ComplaintReceived complaint = new ComplaintReceived(UUID.randomUUID(), T0, "CP-1", "c-1", null, T0,
                "ATTITUDE", ComplaintReceived.Severity.GROUP_LEVEL, "态度差");

        assertEquals(agent, new EventDeserializer.Roster().deserialize(Topics.ROSTER,
                new EventSerializer().serialize(Topics.ROSTER, agent)));
        assertTrue(EventJson.write(agent).contains("\"hireDate\":\"2026-11-01\""));
        assertEquals(complaint, EventJson.read(EventJson.write(complaint), ComplaintEvent.class));
        assertEquals("c-1", complaint.key());
        assertEquals(Topics.COMPLAINTS, complaint.topic());
    }

    @Test
    void sampleUpdatedAndIntervalEventsRoundTrip() {
        SampleUpdated updated = new SampleUpdated(UUID.randomUUID(), T0, UUID.randomUUID(), "c-1", "A0001", "T01",
                "Q1", List.of(new SampleSelected.Reason("COMPLAINT", "complaint CP-1")),
                List.of(new SampleSelected.Reason("SHORT_CALL", "talk time 12 s is under 20 s"),
                        new SampleSelected.Reason("COMPLAINT", "complaint CP-1")),
                SampleSelected.Mode.REALTIME, SampleSelected.Priority.URGENT, T0.plusSeconds(3600));
        IntervalUpdated interval = new IntervalUpdated(UUID.randomUUID(), T0, IntervalEvent.Scope.CENTER, null, T0,
                T0.plusSeconds(1800), 30, new IntervalEvent.Figures(10, 7, 1, new BigDecimal("0.7000"),
                        new BigDecimal("0.80"), IntervalEvent.Verdict.MISSED),
                IntervalEvent.Verdict.MET, T0.plusSeconds(1800));

        assertEquals(updated, new EventDeserializer.Samples().deserialize(Topics.SAMPLES,
                new EventSerializer().serialize(Topics.SAMPLES, updated)));
        assertTrue(EventJson.write(updated).contains("\"type\":\"SampleUpdated\""));
        assertEquals(interval, new EventDeserializer.Intervals().deserialize(Topics.INTERVALS,
                new EventSerializer().serialize(Topics.INTERVALS, interval)));
        assertEquals("CENTER", interval.key());
        assertEquals(Topics.INTERVALS, interval.topic());
    }
}
