package io.callqa.scoring.calibration;

import static io.callqa.scoring.support.ScoringApi.WAIT;
import static io.callqa.scoring.support.ScoringApi.evaluate;
import static io.callqa.scoring.support.ScoringApi.items;
import static io.callqa.scoring.support.ScoringApi.task;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CalibrationCompleted;
import io.callqa.events.EvaluationEvent;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(InfraResource.class)
class CalibrationFlowTest {

    private static final String LEAD = TestTokens.qaLead("q-cal");
    private static final String B1 = "{\"itemId\":\"B1\",\"awarded\":%d,\"reason\":\"INCOMPLETE_ANSWER\"}";

    private static String open(String evaluators, String reference) {
        return given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body("{\"callId\":\"c-cal-" + UUID.randomUUID() + "\",\"evaluators\":" + evaluators
                        + ",\"referenceScorer\":\"" + reference + "\"}")
                .when().post("/api/v1/calibrations").then().statusCode(201).extract().jsonPath().getString("calibrationId");
    }

    private static void score(String token, String id, int b1) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"items\":" + items(b1 == 25 ? "{}" : String.format(B1, b1)) + "}")
                .when().post("/api/v1/calibrations/" + id + "/scores").then().statusCode(200);
    }

    private static JsonPath close(String id) {
        return given().auth().oauth2(LEAD).when().post("/api/v1/calibrations/" + id + "/close")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void scoringIsBlindUntilCloseThenEachEvaluatorIsComparedWithTheReference() {
        String id = open("[\"e-c1\",\"e-c2\"]", "q-ref");
        score(TestTokens.evaluator("e-c1"), id, 15);
        score(TestTokens.evaluator("e-c2"), id, 10);
        score(TestTokens.qaLead("q-ref"), id, 20);

        given().auth().oauth2(TestTokens.evaluator("e-c1")).when().get("/api/v1/calibrations/" + id).then()
                .statusCode(200).body("status", equalTo("OPEN"), "referenceTotal", nullValue(),
                        "scored", contains("e-c1", "e-c2", "q-ref"), "results.scorerId", contains("e-c1"));
        given().auth().oauth2(TestTokens.evaluator("e-c9")).contentType(ContentType.JSON)
                .body("{\"items\":" + items() + "}").when().post("/api/v1/calibrations/" + id + "/scores")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-c9")).when().get("/api/v1/calibrations/" + id).then().statusCode(403);

        JsonPath closed = close(id);

        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(95.0f, closed.getFloat("referenceTotal"));
        assertEquals(5.0f, closed.getFloat("results.find { it.scorerId == 'e-c1' }.deviation"));
        assertEquals(false, closed.getBoolean("results.find { it.scorerId == 'e-c1' }.flagged"));
        assertEquals(10.0f, closed.getFloat("results.find { it.scorerId == 'e-c2' }.deviation"));
        assertEquals(true, closed.getBoolean("results.find { it.scorerId == 'e-c2' }.flagged"));
        assertEquals(0.9f, closed.getFloat("results.find { it.scorerId == 'e-c2' }.agreement"));
        given().auth().oauth2(LEAD).when().post("/api/v1/calibrations/" + id + "/close").then().statusCode(409);
        given().auth().oauth2(TestTokens.evaluator("e-c1")).contentType(ContentType.JSON)
                .body("{\"items\":" + items() + "}").when().post("/api/v1/calibrations/" + id + "/scores")
                .then().statusCode(409);

        await().atMost(WAIT).until(() -> !KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, id).isEmpty());
        CalibrationCompleted event = (CalibrationCompleted) KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class,
                id).get(0);
        assertEquals(new BigDecimal("95.0"), event.referenceTotal());
        assertTrue(event.results().stream().anyMatch(r -> r.evaluatorId().equals("e-c2") && r.flagged()));
    }

    @Test
    void aFlaggedEvaluatorGetsAnExtraReviewLevelUntilALaterCalibrationPasses() {
        String first = open("[\"e-c3\",\"e-c4\"]", "q-ref");
        score(TestTokens.evaluator("e-c3"), first, 0);
        score(TestTokens.qaLead("q-ref"), first, 25);
        close(first);

        given().auth().oauth2(TestTokens.evaluator("e-c3")).when().get("/api/v1/evaluators/e-c3/calibration").then()
                .statusCode(200).body("flagged", equalTo(true), "latestDeviation", equalTo(25.0f),
                        "history[0].calibrationId", equalTo(first));
        given().auth().oauth2(TestTokens.evaluator("e-c4")).when().get("/api/v1/evaluators/e-c3/calibration")
                .then().statusCode(403);
        JsonPath flagged = evaluate("e-c3", task("a-" + UUID.randomUUID()), true);
        assertEquals("IN_REVIEW", flagged.getString("status"));
        assertEquals(List.of("qa-lead"), flagged.getList("reviewLevels"));

        String second = open("[\"e-c3\",\"e-c4\"]", "q-ref");
        score(TestTokens.evaluator("e-c3"), second, 22);
        score(TestTokens.qaLead("q-ref"), second, 25);
        close(second);

        assertEquals("RELEASED", evaluate("e-c3", task("a-" + UUID.randomUUID()), true).getString("status"));
        given().auth().oauth2(LEAD).when().get("/api/v1/evaluators/e-c3/calibration").then()
                .body("flagged", equalTo(false), "history.size()", equalTo(2));
    }

    @Test
    void participantsMayAlsoBeNamedByTheirIdFields() {
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body("{\"callId\":\"c-cal\",\"evaluatorIds\":[\"e-c1\",\"e-c2\"],\"referenceScorerId\":\"q-ref\"}")
                .when().post("/api/v1/calibrations").then().statusCode(201)
                .body("evaluators", contains("e-c1", "e-c2"), "referenceScorer", equalTo("q-ref"));
    }

    @Test
    void closingWithoutTheReferenceScoreIsRefused() {
        String id = open("[\"e-c5\",\"e-c6\"]", "q-ref");
        score(TestTokens.evaluator("e-c5"), id, 25);

        given().auth().oauth2(LEAD).when().post("/api/v1/calibrations/" + id + "/close").then().statusCode(409);
    }

    @Test
    void badSessionsNameTheFieldAndAreNotOpened() {
        long before = TestDatabase.count("select count(*) from calibration");
        String[][] cases = {
            {"{\"callId\":\"c\",\"evaluators\":[\"e-1\"],\"referenceScorer\":\"q\"}", "evaluators"},
            {"{\"callId\":\"c\",\"evaluators\":[\"e-1\",\"q\"],\"referenceScorer\":\"q\"}", "referenceScorer"},
            {"{\"callId\":\"c\",\"evaluators\":[\"e-1\",\"e-1\"],\"referenceScorer\":\"q\"}", "evaluators"},
            {"{\"evaluators\":[\"e-1\",\"e-2\"],\"referenceScorer\":\"q\"}", "callId"},
            {"{\"callId\":\"c\",\"scorecardVersion\":99,\"evaluators\":[\"e-1\",\"e-2\"],\"referenceScorer\":\"q\"}",
                "scorecardVersion"}};
        for (String[] c : cases) {
            given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(c[0]).when().post("/api/v1/calibrations")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(c[1]));
        }
        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON).body(cases[0][0])
                .when().post("/api/v1/calibrations").then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/calibrations/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(LEAD).when().get("/api/v1/calibrations/" + UUID.randomUUID()).then().statusCode(404);

        String id = open("[\"e-c7\",\"e-c8\"]", "q-ref");
        given().auth().oauth2(TestTokens.evaluator("e-c7")).contentType(ContentType.JSON)
                .body("{\"scorecardVersion\":99,\"items\":" + items() + "}")
                .when().post("/api/v1/calibrations/" + id + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("scorecardVersion"));
        given().auth().oauth2(TestTokens.evaluator("e-c7")).contentType(ContentType.JSON)
                .body("{\"items\":" + items("{\"itemId\":\"B1\",\"awarded\":26}") + "}")
                .when().post("/api/v1/calibrations/" + id + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].awarded"));
        assertEquals(before + 1, TestDatabase.count("select count(*) from calibration"));
        assertEquals(0, TestDatabase.count("select count(*) from calibration_score where calibration_id = cast(? as uuid)", id));
    }
}
