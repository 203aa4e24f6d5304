package io.callqa.scoring.findings;

import static io.callqa.scoring.support.ScoringApi.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(InfraResource.class)
class TranscriptFindingsTest {

    private static final String EVALUATOR = TestTokens.evaluator("e-tf");
    private static final List<TranscriptLine> SLIPS = List.of(
            new TranscriptLine(Speaker.AGENT, 0, "喂，请讲。"),
            new TranscriptLine(Speaker.CUSTOMER, 3_000, "我想查一下上个月的账单。"),
            new TranscriptLine(Speaker.AGENT, 8_000, "您的身份证号是11010519491231002X对吧？"),
            new TranscriptLine(Speaker.CUSTOMER, 14_000, "对，那这个费用怎么算的？"),
            new TranscriptLine(Speaker.AGENT, 18_000, "这个不归我管。"),
            new TranscriptLine(Speaker.AGENT, 22_000, "感谢您的来电，再见！"));

    /** Publishes the call with its transcript, then a sample of it; answers the task id once the checks ran. */
    private static String sampledCall(List<TranscriptLine> transcript) {
        String callId = "c-" + UUID.randomUUID();
        CallRecorded c = Fixtures.answeredCall(callId, "a-tf", "t-1", 25);
        KafkaProbe.publish(new CallRecorded(c.eventId(), c.occurredAt(), callId, c.channel(), c.direction(), c.queueId(),
                c.agentId(), c.teamId(), c.callerHash(), c.callerMasked(), c.enqueuedAt(), c.answeredAt(), c.endedAt(),
                c.talkSeconds(), c.holdSeconds(), c.waitSeconds(), c.outcome(), c.releasedBy(), c.recordingUri(),
                c.wrapUpCode(), c.csat(), transcript));
        SampleSelected sample = Fixtures.shortCallSample(callId, "a-tf", "t-1");
        KafkaProbe.publish(sample);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from task where sample_id = ?",
                sample.sampleId()) == 1 && (transcript.isEmpty()
                        || TestDatabase.count("select count(*) from transcript_check where call_id = ?", callId) == 1));
        return TestDatabase.text("select cast(task_id as text) from task where sample_id = ?", sample.sampleId());
    }

    private static JsonPath findings(String taskId) {
        return given().auth().oauth2(EVALUATOR).when().get("/api/v1/tasks/" + taskId + "/findings")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void decide(String taskId, String findingId, String decision, int status) {
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body("{\"decision\":\"" + decision + "\"}")
                .when().post("/api/v1/tasks/" + taskId + "/findings/" + findingId).then().statusCode(status);
    }

    @Test
    void findingsWaitForTheEvaluatorAndAcceptedOnesPrefillTheDeductions() {
        String taskId = sampledCall(SLIPS);
        JsonPath found = findings(taskId);

        assertEquals(true, found.getBoolean("checked"));
        assertEquals(List.of("NO_GREETING", "ID_NUMBER", "BANNED_PHRASE"), found.getList("findings.check"));
        assertEquals(18_000, found.getLong("findings.find { it.check == 'BANNED_PHRASE' }.offsetMs"));
        assertEquals("S4", found.getString("findings.find { it.check == 'BANNED_PHRASE' }.itemId"));
        String idQuote = found.getString("findings.find { it.check == 'ID_NUMBER' }.quote");
        assertFalse(idQuote.contains("11010519491231002X"), idQuote);
        assertFalse(TestDatabase.text("select string_agg(quote, '|') from transcript_finding where call_id = "
                + "(select call_id from task where task_id = cast(? as uuid))", taskId).contains("19491231"));

        decide(taskId, found.getString("findings.find { it.check == 'BANNED_PHRASE' }.findingId"), "ACCEPTED", 200);
        decide(taskId, found.getString("findings.find { it.check == 'NO_GREETING' }.findingId"), "DISMISSED", 200);
        decide(taskId, found.getString("findings.find { it.check == 'ID_NUMBER' }.findingId"), "MAYBE", 400);
        JsonPath prefill = given().auth().oauth2(EVALUATOR).when().get("/api/v1/tasks/" + taskId + "/prefill")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(false, prefill.getBoolean("items.find { it.itemId == 'S4' }.passed"));
        assertEquals("BANNED_PHRASE", prefill.getString("items.find { it.itemId == 'S4' }.reason"));
        assertEquals(18_000, prefill.getLong("items.find { it.itemId == 'S4' }.quote.offsetMs"));
        assertEquals(15, prefill.getInt("items.find { it.itemId == 'S1' }.awarded"));
        assertEquals(true, prefill.getBoolean("items.find { it.itemId == 'X1' }.passed"));

        Map<String, Object> body = prefill.getMap("$");
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/evaluations")
                .then().statusCode(201).body("criticalFailed", equalTo(true), "status", equalTo("IN_REVIEW"));
    }

    @Inject
    FindingPruner pruner;

    @Test
    void checksOfCallsNeverSampledAreForgottenAfterTheirTime() throws Throwable {
        String sampled = TestDatabase.text("select call_id from task where task_id = cast(? as uuid)", sampledCall(SLIPS));
        String unsampled = "c-" + UUID.randomUUID();
        TestDatabase.execute("insert into transcript_check (call_id, checked_at, findings) values "
                + "(?, now() - interval '60 days', 1)", unsampled);
        TestDatabase.execute("insert into transcript_finding (finding_id, call_id, seq, check_name, rule, line, "
                + "offset_ms, quote, item_id, reason, deduction) values (gen_random_uuid(), ?, 0, 'LONG_SILENCE', "
                + "'silence', 1, 20000, 'x', 'C3', 'DEAD_AIR', 2)", unsampled);
        TestDatabase.execute("update transcript_check set checked_at = now() - interval '60 days' where call_id = ?",
                sampled);

        VertxContextSupport.subscribeAndAwait(() -> pruner.prune());

        assertEquals(0, TestDatabase.count("select count(*) from transcript_check where call_id = ?", unsampled));
        assertEquals(0, TestDatabase.count("select count(*) from transcript_finding where call_id = ?", unsampled));
        assertEquals(1, TestDatabase.count("select count(*) from transcript_check where call_id = ?", sampled));
        assertEquals(3, TestDatabase.count("select count(*) from transcript_finding where call_id = ?", sampled));
    }

    @Test
    void aCallWithoutTranscriptIsNotChecked() {
        String taskId = sampledCall(List.of());

        JsonPath found = findings(taskId);
        assertEquals(false, found.getBoolean("checked"));
        assertEquals(0, found.getList("findings").size());
    }

    @Test
    void findingsAreForScorersOfTheTaskOnly() {
        String taskId = sampledCall(SLIPS);
        String other = sampledCall(SLIPS);
        String findingOfOther = findings(other).getString("findings[0].findingId");

        decide(taskId, findingOfOther, "ACCEPTED", 404);
        given().auth().oauth2(TestTokens.agent("a-tf")).when().get("/api/v1/tasks/" + taskId + "/findings")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-2")).when().get("/api/v1/tasks/" + taskId + "/findings")
                .then().statusCode(404);
        given().auth().oauth2(EVALUATOR).when().get("/api/v1/tasks/" + UUID.randomUUID() + "/findings")
                .then().statusCode(404).body("detail", containsString("no task"));
        given().auth().oauth2(EVALUATOR).when().get("/api/v1/tasks/" + taskId + "/findings")
                .then().body("findings.check", hasItems("BANNED_PHRASE")).body("findings.decision", not(hasItems("ACCEPTED")));
    }
}
