package io.callqa.sampling.samples;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.events.Topics;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(InfraResource.class)
class SampleApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    // --- POST /api/v1/samples ---

    @Test
    void manualPickOfAnUnsampledCallMakesASampleWithTheAskedModeAndPriority() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        String callId = indexedCall(agent, team, 30);

        Response created = given().auth().oauth2(TestTokens.qaLead("lead-1")).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "note", "customer asked for a supervisor", "mode", "REALTIME",
                        "priority", "URGENT"))
                .when().post("/api/v1/samples")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/samples/"))
                .body("callId", equalTo(callId), "agentId", equalTo(agent), "teamId", equalTo(team),
                        "mode", equalTo("REALTIME"), "priority", equalTo("URGENT"),
                        "call.talkSeconds", equalTo(30),
                        "reasons.rule", contains("MANUAL"),
                        "reasons[0].detail", containsString("lead-1"),
                        "reasons[0].detail", containsString("customer asked for a supervisor"),
                        "reasons[0].evidence.note", equalTo("customer asked for a supervisor"),
                        "reasons[0].evidence.by", equalTo("lead-1"),
                        "reasons[0].evidence.mode", equalTo("REALTIME"),
                        "reasons[0].evidence.priority", equalTo("URGENT"))
                .extract().response();
        JsonPath body = created.jsonPath();
        assertEquals(sampleIdOf(callId, agent), body.getString("sampleId"));
        assertTrue(created.header("Location").endsWith("/api/v1/samples/" + body.getString("sampleId")));
        Instant selectedAt = Instant.parse(body.getString("selectedAt"));
        assertEquals(selectedAt.plus(Duration.ofHours(4)), Instant.parse(body.getString("dueAt")));
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ? and mode = 'REALTIME' "
                + "and priority = 'URGENT'", callId));

        await().atMost(WAIT).until(() -> !KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).isEmpty());
        SampleSelected selected = (SampleSelected) KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).get(0);
        assertEquals(callId, selected.callId());
        assertEquals("MANUAL", selected.reasons().get(0).rule());
        assertEquals(SampleSelected.Mode.REALTIME, selected.mode());
        assertEquals(SampleSelected.Priority.URGENT, selected.priority());
    }

    @Test
    void manualPickWithoutModeOrPriorityIsPosthocAndNormal() {
        String agent = "a-" + UUID.randomUUID();
        String callId = indexedCall(agent, "t-1", 40);

        JsonPath body = given().auth().oauth2(TestTokens.evaluator("e-7")).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "note", "n"))
                .when().post("/api/v1/samples")
                .then().statusCode(201)
                .body("mode", equalTo("POSTHOC"), "priority", equalTo("NORMAL"),
                        "reasons[0].evidence.by", equalTo("e-7"), "reasons[0].evidence.mode", nullValue())
                .extract().jsonPath();
        assertEquals(Instant.parse(body.getString("selectedAt")).plus(Duration.ofDays(3)),
                Instant.parse(body.getString("dueAt")));
    }

    @Test
    void manualPickOfASampledCallAddsTheReasonOnceAndAnswers200() {
        String agent = "a-" + UUID.randomUUID();
        String callId = shortCallSample(agent, "t-1");
        String sampleId = sampleIdOf(callId, agent);

        given().auth().oauth2(TestTokens.qaLead("lead-2")).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "note", "listen again", "priority", "URGENT"))
                .when().post("/api/v1/samples")
                .then().statusCode(200)
                .body("sampleId", equalTo(sampleId), "reasons.rule", contains("SHORT_CALL", "MANUAL"),
                        "mode", equalTo("REALTIME"), "priority", equalTo("URGENT"),
                        "reasons[1].evidence.priority", equalTo("URGENT"));

        await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size() == 2);
        SampleUpdated updated = (SampleUpdated) KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).get(1);
        assertEquals("MANUAL", updated.added().get(0).rule());
        assertEquals(SampleSelected.Priority.URGENT, updated.priority());

        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "note", "again"))
                .when().post("/api/v1/samples")
                .then().statusCode(200).body("reasons.rule", contains("SHORT_CALL", "MANUAL"));
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ?", callId));
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size() == 2);
    }

    @Test
    void manualPickOfAnUnknownCallIs404() {
        given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.JSON)
                .body(Map.of("callId", "c-" + UUID.randomUUID(), "note", "n"))
                .when().post("/api/v1/samples")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("no call"));
    }

    @Test
    void manualPickNeedsAQaLeadOrEvaluator() {
        String body = "{\"callId\":\"c-1\",\"note\":\"n\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/samples")
                .then().statusCode(401).contentType(PROBLEM);
        for (String token : List.of(TestTokens.agent("a-1"), TestTokens.teamLead("t-1"), TestTokens.admin("ad"),
                TestTokens.acd("acd"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/samples")
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void badManualPicksAreRejectedNamingTheFieldAndStoreAndPublishNothing() {
        String agent = "a-" + UUID.randomUUID();
        String callId = indexedCall(agent, "t-1", 30);
        String longNote = "x".repeat(501);
        List<Object[]> cases = List.of(
                new Object[] {"{\"note\":\"n\"}", "callId"},
                new Object[] {"{\"callId\":\"\",\"note\":\"n\"}", "callId"},
                new Object[] {"{\"callId\":\"" + callId + " x\",\"note\":\"n\"}", "callId"},
                new Object[] {"{\"callId\":\"" + callId + "\"}", "note"},
                new Object[] {"{\"callId\":\"" + callId + "\",\"note\":\"  \"}", "note"},
                new Object[] {"{\"callId\":\"" + callId + "\",\"note\":\"" + longNote + "\"}", "note"},
                new Object[] {"{\"callId\":\"" + callId + "\",\"note\":\"n\",\"mode\":\"SIDEWAYS\"}", "mode"},
                new Object[] {"{\"callId\":\"" + callId + "\",\"note\":\"n\",\"priority\":\"LOW\"}", "priority"},
                new Object[] {"{\"callId\":\"" + callId + "\",\"note\":42,\"priority\":[]}", "priority"},
                new Object[] {"{\"callId\":\"" + callId + "\",", "body"},
                new Object[] {"", "body"});
        for (Object[] c : cases) {
            given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.JSON).body((String) c[0])
                    .when().post("/api/v1/samples")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(c[1]));
        }
        given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/samples").then().statusCode(415).contentType(PROBLEM);

        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", callId));
        assertEquals(0, TestDatabase.count("select count(*) from sample_reason where call_id = ?", callId));
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).isEmpty());
    }

    // --- GET /api/v1/samples/{id} ---

    @Test
    void oneSampleShowsEveryReasonWithItsEvidenceToWhoMaySeeIt() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        String callId = shortCallSample(agent, team);
        given().auth().oauth2(TestTokens.evaluator("e-3")).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "note", "second look"))
                .when().post("/api/v1/samples").then().statusCode(200);
        String path = "/api/v1/samples/" + sampleIdOf(callId, agent);

        given().auth().oauth2(TestTokens.admin("ad")).when().get(path)
                .then().statusCode(200)
                .body("callId", equalTo(callId), "agentId", equalTo(agent), "teamId", equalTo(team),
                        "call.talkSeconds", equalTo(12), "call.recordingUri", endsWith(callId + ".wav"),
                        "mode", equalTo("REALTIME"), "priority", equalTo("HIGH"),
                        "reasons.rule", contains("SHORT_CALL", "MANUAL"),
                        "reasons[0].detail", containsString("12 s"),
                        "reasons[1].evidence.note", equalTo("second look"),
                        "reasons[1].evidence.by", equalTo("e-3"));
        JsonPath detail = given().auth().oauth2(TestTokens.admin("ad")).when().get(path).jsonPath();
        assertTrue(!Instant.parse(detail.getString("reasons[1].addedAt"))
                .isBefore(Instant.parse(detail.getString("reasons[0].addedAt"))));
        assertEquals(Map.of("note", "second look", "by", "e-3"), detail.getMap("reasons[1].evidence"));

        given().auth().oauth2(TestTokens.agent(agent)).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.teamLead(team)).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.agent("someone-else")).when().get(path)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.teamLead("t-other")).when().get(path)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.acd("acd")).when().get(path).then().statusCode(403).contentType(PROBLEM);
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void aSampleCarriesTheCallsWrapUpCodeInItsEventAndItsViews() {
        String agent = "a-" + UUID.randomUUID();
        CallRecorded call = withWrapUp(Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 12),
                "BILLING-DISPUTE");
        KafkaProbe.publish(call);

        SampleSelected selected = await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES,
                SampleEvent.class, agent).stream().filter(SampleSelected.class::isInstance)
                .map(SampleSelected.class::cast).findFirst(), Optional::isPresent).orElseThrow();
        assertEquals("BILLING-DISPUTE", selected.call().wrapUpCode());
        assertEquals(call.recordingUri(), selected.call().recordingUri());
        assertEquals(1, TestDatabase.count("select count(*) from call where call_id = ? and wrap_up_code = ?",
                call.callId(), "BILLING-DISPUTE"));

        given().auth().oauth2(TestTokens.qaLead("q")).when().get("/api/v1/samples/" + selected.sampleId())
                .then().statusCode(200).body("call.wrapUpCode", equalTo("BILLING-DISPUTE"));
        given().auth().oauth2(TestTokens.qaLead("q")).queryParam("agentId", agent).when().get("/api/v1/samples")
                .then().statusCode(200).body("items[0].call.wrapUpCode", equalTo("BILLING-DISPUTE"));
    }

    @Test
    void aManualPickCarriesTheCallsWrapUpCodeAndACallWithoutOneHasNone() {
        String agent = "a-" + UUID.randomUUID();
        CallRecorded call = withWrapUp(Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 45), "REFUND");
        KafkaProbe.publish(call);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                call.callId()) == 1);

        given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.JSON)
                .body(Map.of("callId", call.callId(), "note", "n"))
                .when().post("/api/v1/samples")
                .then().statusCode(201).body("call.wrapUpCode", equalTo("REFUND"));
        await().atMost(WAIT).until(() -> Calls.selected(agent, call.callId()).isPresent());
        assertEquals("REFUND", Calls.selected(agent, call.callId()).orElseThrow().call().wrapUpCode());

        String plain = indexedCall(agent, "t-1", 50);
        given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.JSON)
                .body(Map.of("callId", plain, "note", "n"))
                .when().post("/api/v1/samples")
                .then().statusCode(201).body("call.wrapUpCode", nullValue());
    }

    @Test
    void unknownOrMalformedSampleIds() {
        given().auth().oauth2(TestTokens.qaLead("q")).when().get("/api/v1/samples/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.qaLead("q")).when().get("/api/v1/samples/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
    }

    // --- GET /api/v1/samples ---

    @Test
    void listFiltersPagesAndScopes() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        String shortCall = shortCallSample(agent, team);
        String manualCall = indexedCall(agent, team, 30);
        given().auth().oauth2(TestTokens.qaLead("q")).contentType(ContentType.JSON)
                .body(Map.of("callId", manualCall, "note", "n")).when().post("/api/v1/samples")
                .then().statusCode(201);
        String qa = TestTokens.qaLead("q");

        JsonPath all = given().auth().oauth2(qa).queryParam("agentId", agent).when().get("/api/v1/samples")
                .then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(100), "total", equalTo(2),
                        "items.callId", contains(manualCall, shortCall),
                        "items[1].reasons[0].rule", equalTo("SHORT_CALL"), "items[1].call.talkSeconds", equalTo(12))
                .extract().jsonPath();
        Instant newest = Instant.parse(all.getString("items[0].selectedAt"));

        given().auth().oauth2(qa).queryParam("agentId", agent).queryParam("rule", "MANUAL")
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(1), "items.callId", contains(manualCall));
        given().auth().oauth2(qa).queryParam("teamId", team).queryParam("mode", "REALTIME")
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(1), "items.callId", contains(shortCall));
        given().auth().oauth2(qa).queryParam("teamId", team).queryParam("from", newest.toString())
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(1), "items.callId", contains(manualCall));
        given().auth().oauth2(qa).queryParam("teamId", team).queryParam("to", newest.toString())
                .queryParam("from", newest.minus(Duration.ofDays(1)).toString())
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(1), "items.callId", contains(shortCall));
        given().auth().oauth2(qa).queryParam("agentId", agent).queryParam("size", 1)
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(2), "size", equalTo(1), "items.callId", contains(manualCall));
        given().auth().oauth2(qa).queryParam("agentId", agent).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(2), "page", equalTo(1), "items.callId", contains(shortCall));
        given().auth().oauth2(qa).queryParam("agentId", agent).queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("total", equalTo(2), "items.size()", equalTo(0));

        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/samples")
                .then().statusCode(200).body("total", equalTo(2), "items.teamId", everyItem(equalTo(team)),
                        "items.callId", containsInAnyOrder(manualCall, shortCall));
        given().auth().oauth2(TestTokens.teamLead("t-other")).queryParam("agentId", agent)
                .when().get("/api/v1/samples").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/samples")
                .then().statusCode(200).body("total", equalTo(2), "items.agentId", everyItem(equalTo(agent)));
        given().auth().oauth2(TestTokens.agent("someone-else")).queryParam("agentId", agent)
                .when().get("/api/v1/samples").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void listRejectsBadParametersNamingThem() {
        String qa = TestTokens.qaLead("q");
        List<Object[]> cases = List.of(
                new Object[] {"rule", "NOPE", "rule"},
                new Object[] {"mode", "SOMETIMES", "mode"},
                new Object[] {"from", "yesterday", "from"},
                new Object[] {"to", "2026-11-02", "to"},
                new Object[] {"page", "-1", "page"},
                new Object[] {"page", "first", "page"},
                new Object[] {"size", "0", "size"},
                new Object[] {"size", "1001", "size"},
                new Object[] {"size", "ten", "size"});
        for (Object[] c : cases) {
            given().auth().oauth2(qa).queryParam((String) c[0], c[1]).when().get("/api/v1/samples")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(c[2]));
        }
        given().auth().oauth2(qa).queryParam("from", "2026-11-02T10:00:00Z").queryParam("to", "2026-11-02T09:00:00Z")
                .when().get("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("to"));
        given().when().get("/api/v1/samples").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/samples")
                .then().statusCode(403).contentType(PROBLEM);
    }

    // --- helpers ---

    /** Publishes a call too long to be sampled by any rule and waits until it is indexed. */
    private static String indexedCall(String agent, String team, int talkSeconds) {
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, talkSeconds);
        KafkaProbe.publish(call);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                call.callId()) == 1);
        return call.callId();
    }

    /** Publishes a 12-second call and waits for its SHORT_CALL sample. */
    private static String shortCallSample(String agent, String team) {
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 12);
        KafkaProbe.publish(call);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample where call_id = ?",
                call.callId()) == 1);
        return call.callId();
    }

    private static CallRecorded withWrapUp(CallRecorded c, String wrapUpCode) {
        return new CallRecorded(c.eventId(), c.occurredAt(), c.callId(), c.channel(), c.direction(), c.queueId(),
                c.agentId(), c.teamId(), c.callerHash(), c.callerMasked(), c.enqueuedAt(), c.answeredAt(),
                c.endedAt(), c.talkSeconds(), c.holdSeconds(), c.waitSeconds(), c.outcome(), c.releasedBy(),
                c.recordingUri(), wrapUpCode, c.csat(), c.transcript());
    }

    private static String sampleIdOf(String callId, String agent) {
        return given().auth().oauth2(TestTokens.qaLead("q")).queryParam("agentId", agent).when().get("/api/v1/samples")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.callId == '" + callId + "' }.sampleId");
    }
}
