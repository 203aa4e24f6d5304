package io.callqa.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.CalibrationCompleted;
import io.callqa.events.CallRecorded;
import io.callqa.events.CoachingCompleted;
import io.callqa.events.ComplaintReceived;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.ExcellentRecordingApproved;
import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.IntervalUpdated;
import io.callqa.events.QaPlanSet;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.reporting.DayAggregatesRefresh;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every topic into the read models, in an awkward order (a repeat call before the call it repeats, an interval's
 * update before its closing, an appeal's decision before its filing), then a rebuild from the topics: the rebuilt
 * tables hold exactly what the live projections built, and live consumption goes on without counting twice.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ReadModelRebuildTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant DAY = Instant.parse("2041-03-05T01:00:00Z"); // 09:00 in Asia/Shanghai

    private final String u = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "rb-" + u;
    private final String a1 = "rb-a1-" + u;
    private final String a2 = "rb-a2-" + u;
    private final String queue = "rbq-" + u;
    private final String caller = "rb-caller-" + u;

    @Test
    void projectionsBuildTheReadModelsAndARebuildFromTheTopicsGivesTheSame() {
        publishEverything();

        given().auth().oauth2(TestTokens.qaLead("q-1")).when().post("/api/v1/admin/rebuild").then().statusCode(403);
        given().when().post("/api/v1/admin/rebuild").then().statusCode(401);

        List<String> incremental = dump();
        for (String aggregate : List.of("evaluation_day", "evaluation_month", "item_loss_day", "item_loss_month",
                "sample_day", "call_month")) {
            assertTrue(TestDatabase.count("select count(*) from " + aggregate + " where team_id = ?", team) > 0,
                    aggregate + " kept by the projections");
        }
        assertEquals(incremental.toString(), refreshedFromTheFacts().toString(),
                "the day aggregates the projections kept equal those recomputed from the facts");
        String id = given().auth().oauth2(TestTokens.admin("admin-1")).when().post("/api/v1/admin/rebuild")
                .then().statusCode(202).header("Location", containsString("/api/v1/admin/rebuild/"))
                .body("status", equalTo("RUNNING")).extract().path("id");
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin("admin-1"))
                .when().get("/api/v1/admin/rebuild/{id}", id).then().statusCode(200).body("status", equalTo("DONE")));
        assertEquals(incremental, dump());

        // live consumption goes on, on the rebuilt tables, counting each call once
        KafkaProbe.publish(call("rb-c9-" + u, a1, "other-" + u, DAY.plusSeconds(5 * 3600), true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select calls from call_day where agent_id = ? and day = ?", a1, LocalDate.of(2041, 3, 5)) == 2);
        assertEquals(2, TestDatabase.count("select sum(calls) from call_month where agent_id = ? and month = ?", a1,
                LocalDate.of(2041, 3, 1)));
        given().when().get("/q/metrics").then()
                .body(containsString("qa_evaluations_released_total{team=\"" + team + "\"} 1.0"));
    }

    @Test
    void aRebuildIsAskedForByItsIdOnly() {
        given().auth().oauth2(TestTokens.admin("admin-1")).when().get("/api/v1/admin/rebuild/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().auth().oauth2(TestTokens.admin("admin-1")).when().get("/api/v1/admin/rebuild/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin("admin-1")).when().get("/api/v1/admin/rebuild").then().statusCode(200);
    }

    @Test
    void callsAreSummedPerDayAndARepeatCallCountsOnTheFirstCallsDay() {
        publishEverything();

        LocalDate day = LocalDate.of(2041, 3, 5);
        assertEquals("1,1,0,1,1,105,10,4,1,1", TestDatabase.text("select concat_ws(',', calls, offered, abandoned, "
                + "answered, answered_within, handle_seconds, wait_seconds, csat_sum, csat_count, repeated) "
                + "from call_day where agent_id = ? and day = ?", a1, day));
        assertEquals("1,0", TestDatabase.text("select concat_ws(',', answered, repeated) from call_day "
                + "where agent_id = ? and day = ?", a2, day));
        assertEquals("MISSED,0.5000", TestDatabase.text("select concat_ws(',', verdict, service_level) "
                + "from interval_fact where queue_id = ?", queue));
        assertEquals("{SHORT_CALL,COMPLAINT},URGENT", TestDatabase.text("select concat_ws(',', rules::text, priority) "
                + "from sample_fact where team_id = ?", team));
        assertEquals("2,2041-03-05", TestDatabase.text("select concat_ws(',', version, day) from evaluation_fact "
                + "where team_id = ? and latest", team));
        assertEquals(1, TestDatabase.count("select count(*) from evaluation_item_fact where team_id = ? and latest",
                team));
        assertEquals("UPHELD,2041-03-06", TestDatabase.text("select concat_ws(',', decision, day) from appeal_fact "
                + "where team_id = ?", team));
    }

    private void publishEverything() {
        Instant first = DAY;
        // the call back (2 h after the first ended) arrives before the first call
        KafkaProbe.publish(call("rb-c2-" + u, a2, caller, first.plusSeconds(2 * 3600), true));
        KafkaProbe.publish(call("rb-c1-" + u, a1, caller, first, true));

        IntervalEvent.Figures closed = new IntervalEvent.Figures(4, 3, 0, new BigDecimal("0.7500"),
                new BigDecimal("0.8"), IntervalEvent.Verdict.MISSED);
        IntervalEvent.Figures late = new IntervalEvent.Figures(6, 3, 1, new BigDecimal("0.5000"),
                new BigDecimal("0.8"), IntervalEvent.Verdict.MISSED);
        Instant start = first.minusSeconds(1800);
        KafkaProbe.publish(new IntervalUpdated(UUID.randomUUID(), first.plusSeconds(7200), IntervalEvent.Scope.QUEUE,
                queue, start, first, 30, late, IntervalEvent.Verdict.MISSED, first.plusSeconds(7200)));
        KafkaProbe.publish(new IntervalClosed(UUID.randomUUID(), first.plusSeconds(600), IntervalEvent.Scope.QUEUE,
                queue, start, first, 30, closed, first.plusSeconds(600)));

        UUID sample = UUID.randomUUID();
        SampleSelected.Reason shortCall = new SampleSelected.Reason("SHORT_CALL", "talk time 12 s is under 20 s");
        KafkaProbe.publish(new SampleSelected(UUID.randomUUID(), first, sample, "rb-c1-" + u, a1, team, queue,
                new SampleSelected.CallSummary(first, first.plusSeconds(10), first.plusSeconds(110), 100, 10, "s3://r",
                        "W1"), List.of(shortCall), SampleSelected.Mode.POSTHOC, SampleSelected.Priority.NORMAL,
                first, first.plusSeconds(86400)));
        KafkaProbe.publish(new SampleUpdated(UUID.randomUUID(), first.plusSeconds(60), sample, "rb-c1-" + u, a1, team,
                queue, List.of(new SampleSelected.Reason("COMPLAINT", "complaint X")),
                List.of(shortCall, new SampleSelected.Reason("COMPLAINT", "complaint X")),
                SampleSelected.Mode.REALTIME, SampleSelected.Priority.URGENT, first.plusSeconds(3600)));

        UUID evaluation = UUID.randomUUID();
        EvaluationReleased v1 = released(evaluation, sample, 1, "80.0", 20, first.plusSeconds(3600));
        KafkaProbe.publish(v1);
        UUID appeal = UUID.randomUUID();
        Instant decided = first.plusSeconds(86400 + 3600);
        KafkaProbe.publish(new AppealDecided(UUID.randomUUID(), decided, appeal, evaluation, 1, a1, team,
                AppealDecided.Decision.UPHELD, "quote misheard", "q-lead", 2, decided));
        EvaluationReleased v2 = released(evaluation, sample, 2, "90.0", 10, decided);
        KafkaProbe.publish(new EvaluationRevised(UUID.randomUUID(), decided, evaluation, 2, 1,
                EvaluationRevised.Cause.APPEAL_UPHELD, appeal, "quote misheard", "q-lead", sample, v2.callId(), a1, team,
                "e-" + u, v2.reasons(), "personal-qa", 1, v2.totalScore(), false, false, v2.flags(), v2.items(),
                v2.comment(), decided));
        KafkaProbe.publish(new AppealFiled(UUID.randomUUID(), first.plusSeconds(86400), appeal, evaluation, 1, a1,
                team, List.of("B1"), "I did explain it", first.plusSeconds(86400)));

        KafkaProbe.publish(new CalibrationCompleted(UUID.randomUUID(), first, UUID.randomUUID(), "rb-c1-" + u,
                "personal-qa", 1, "ref-" + u, new BigDecimal("85.0"), new BigDecimal("5"),
                List.of(new CalibrationCompleted.Result("e-" + u, new BigDecimal("78.0"), new BigDecimal("7.0"),
                        new BigDecimal("0.8"), true)), first));
        KafkaProbe.publish(new QaPlanSet(UUID.randomUUID(), first, YearMonth.of(2041, 3),
                List.of(new QaPlanSet.Target("e-" + u, 40)), "q-lead", first));
        KafkaProbe.publish(new CoachingCompleted(UUID.randomUUID(), first, UUID.randomUUID(), a1, team, List.of("B1"),
                CoachingCompleted.GoalKind.NO_DEDUCTION, null, 3, "lead-" + team, first));
        KafkaProbe.publish(new ExcellentRecordingApproved(UUID.randomUUID(), first, UUID.randomUUID(), evaluation, 2,
                "rb-c1-" + u, a1, team, List.of("S1"), queue, "W1", "s3://r", new BigDecimal("90.0"), 2, "q-lead",
                first));
        KafkaProbe.publish(new ComplaintReceived(UUID.randomUUID(), first, "rb-cmp-" + u, "rb-c1-" + u, a1, first,
                "ATTITUDE", ComplaintReceived.Severity.GROUP_LEVEL, "客户投诉态度 138****5678"));
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), first, a1, "张三", team, "lead-" + team,
                LocalDate.of(2040, 1, 1), true));

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call_day where agent_id in (?, ?) "
                + "and repeated = 1", a1, a2) == 1
                && TestDatabase.count("select count(*) from interval_fact where queue_id = ? and offered = 6", queue) == 1
                && TestDatabase.count("select count(*) from sample_fact where team_id = ? and priority = 'URGENT'",
                        team) == 1
                && TestDatabase.count("select count(*) from evaluation_fact where team_id = ? and latest and version = 2",
                        team) == 1
                && TestDatabase.count("select count(*) from appeal_fact where team_id = ? and filed_at is not null "
                        + "and decision = 'UPHELD'", team) == 1
                && TestDatabase.count("select count(*) from calibration_fact where evaluator_id = ?", "e-" + u) == 1
                && TestDatabase.count("select count(*) from qa_plan_target_fact where person_id = ?", "e-" + u) == 1
                && TestDatabase.count("select count(*) from coaching_fact where team_id = ?", team) == 1
                && TestDatabase.count("select count(*) from excellent_recording_fact where team_id = ?", team) == 1
                && TestDatabase.count("select count(*) from complaint_fact where agent_id = ?", a1) == 1
                && TestDatabase.count("select count(*) from agent_fact where team_id = ?", team) == 1);
    }

    private CallRecorded call(String callId, String agent, String callerHash, Instant enqueued, boolean answered) {
        Instant answeredAt = enqueued.plusSeconds(10);
        Instant ended = answeredAt.plusSeconds(100);
        return new CallRecorded(UUID.randomUUID(), ended, callId, CallRecorded.Channel.VOICE,
                CallRecorded.Direction.INBOUND, queue, agent, team, callerHash, "138****5678", enqueued,
                answered ? answeredAt : null, ended, 100, 5, 10,
                answered ? CallRecorded.CallOutcome.ANSWERED : CallRecorded.CallOutcome.ABANDONED,
                CallRecorded.ReleasedBy.CUSTOMER, null, "W1", callId.contains("c1") ? 4 : null, List.of());
    }

    private EvaluationReleased released(UUID evaluation, UUID sample, int version, String total, int awarded,
            Instant at) {
        return new EvaluationReleased(UUID.randomUUID(), at, evaluation, version, sample, "rb-c1-" + u, a1, team,
                "e-" + u, List.of(new SampleSelected.Reason("SHORT_CALL", "short")), "personal-qa", 1,
                new BigDecimal(total), false, false, new EvaluationReleased.Flags(false, true, false),
                List.of(new EvaluationReleased.ItemResult("B1", "BUSINESS", "DEDUCTION", 25, awarded, false, false,
                                "INCOMPLETE_ANSWER", "half explained", new EvaluationReleased.Quote(42_000, "要看情况"),
                                new EvaluationReleased.Labels(new EvaluationReleased.Text("答复准确完整", "Accurate"),
                                        new EvaluationReleased.Text("业务能力", "Business"),
                                        new EvaluationReleased.Text("答复不完整", "Incomplete"))),
                        new EvaluationReleased.ItemResult("S1", "SERVICE", "DEDUCTION", 25, 25, false, false, null,
                                null, null)),
                "clear", at);
    }

    /** {@link #dump()} after recomputing every aggregate from the facts as a bulk load would. */
    private List<String> refreshedFromTheFacts() {
        DayAggregatesRefresh.all();
        return dump();
    }

    /** This test's rows of every read-model table, as text, in a stable order. */
    private List<String> dump() {
        List<String> rows = new ArrayList<>();
        String[][] scoped = {
                {"call_day", "team_id = '" + team + "'"},
                {"caller_call", "team_id = '" + team + "'"},
                {"interval_fact", "queue_id = '" + queue + "'"},
                {"sample_fact", "team_id = '" + team + "'"},
                {"evaluation_fact", "team_id = '" + team + "'"},
                {"evaluation_item_fact", "team_id = '" + team + "'"},
                {"appeal_fact", "team_id = '" + team + "'"},
                {"calibration_fact", "evaluator_id = 'e-" + u + "'"},
                {"qa_plan_target_fact", "person_id = 'e-" + u + "'"},
                {"coaching_fact", "team_id = '" + team + "'"},
                {"excellent_recording_fact", "team_id = '" + team + "'"},
                {"complaint_fact", "agent_id = '" + a1 + "'"},
                {"agent_fact", "team_id = '" + team + "'"},
                {"evaluation_day", "team_id = '" + team + "'"},
                {"evaluation_month", "team_id = '" + team + "'"},
                {"evaluator_day", "evaluator_id = 'e-" + u + "'"},
                {"item_loss_day", "team_id = '" + team + "'"},
                {"item_loss_month", "team_id = '" + team + "'"},
                {"sample_day", "team_id = '" + team + "'"},
                {"sample_center_day", "day between '2041-01-01' and '2041-12-31'"},
                {"call_month", "team_id = '" + team + "'"}};
        for (String[] table : scoped) {
            rows.add(table[0] + ": " + TestDatabase.text("select coalesce(string_agg(t::text, ' | ' order by t::text), '')"
                    + " from " + table[0] + " t where " + table[1]));
        }
        return rows;
    }
}
