package io.callqa.scoring.evaluations;

import static io.callqa.scoring.support.ScoringApi.BANNED;
import static io.callqa.scoring.support.ScoringApi.WAIT;
import static io.callqa.scoring.support.ScoringApi.evaluate;
import static io.callqa.scoring.support.ScoringApi.items;
import static io.callqa.scoring.support.ScoringApi.task;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ReviewFlowTest {

    private static final String TEAM_LEAD = TestTokens.teamLead("t-1");

    private static ValidatableResponse review(String token, JsonPath e, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.replace("LOCK",
                        String.valueOf(e.getInt("lockVersion"))))
                .when().post("/api/v1/evaluations/" + e.getString("evaluationId") + "/review").then();
    }

    private static JsonPath approve(String token, JsonPath e) {
        return review(token, e, "{\"lockVersion\":LOCK,\"decision\":\"APPROVE\"}").statusCode(200).extract().jsonPath();
    }

    private static List<EvaluationEvent> published(String agent) {
        return KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, agent);
    }

    @Test
    void aFoundProblemIsReviewedByEvaluatorQaLeadAndTeamLeadBeforeRelease() {
        String agent = "a-" + UUID.randomUUID();
        JsonPath e = evaluate("e-rv1", task(agent), true, BANNED);
        assertEquals("IN_REVIEW", e.getString("status"));
        assertEquals(List.of("evaluator", "qa-lead", "team-lead"), e.getList("reviewLevels"));
        String id = e.getString("evaluationId");

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/evaluations/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.evaluator("e-rv2")).when().get("/api/v1/reviews").then().statusCode(200)
                .body("evaluationId", hasItem(id));
        given().auth().oauth2(TestTokens.evaluator("e-rv1")).when().get("/api/v1/reviews").then()
                .body("evaluationId", not(hasItem(id)));
        given().auth().oauth2(TEAM_LEAD).when().get("/api/v1/reviews").then().body("evaluationId", not(hasItem(id)));
        review(TestTokens.evaluator("e-rv1"), e, "{\"lockVersion\":LOCK,\"decision\":\"APPROVE\"}").statusCode(403)
                .body("detail", containsString("own"));
        review(TEAM_LEAD, e, "{\"lockVersion\":LOCK,\"decision\":\"APPROVE\"}").statusCode(403)
                .body("detail", containsString("evaluator"));
        JsonPath level2 = approve(TestTokens.evaluator("e-rv2"), e);
        assertEquals(2, level2.getInt("reviewLevel"));

        review(TestTokens.qaLead("q-1"), e, "{\"lockVersion\":LOCK,\"decision\":\"APPROVE\"}").statusCode(409)
                .body("detail", containsString("lockVersion"));
        JsonPath level3 = approve(TestTokens.qaLead("q-1"), level2);
        review(TestTokens.teamLead("t-2"), level3, "{\"lockVersion\":LOCK,\"decision\":\"APPROVE\"}").statusCode(403);
        given().auth().oauth2(TEAM_LEAD).when().get("/api/v1/reviews").then().body("evaluationId", hasItem(id));
        JsonPath released = approve(TEAM_LEAD, level3);

        assertEquals("RELEASED", released.getString("status"));
        await().atMost(WAIT).until(() -> !published(agent).isEmpty());
        EvaluationReleased event = (EvaluationReleased) published(agent).get(0);
        assertTrue(event.criticalFailed() && event.problemFound());
        assertEquals("SHORT_CALL", event.reasons().get(0).rule());
        EvaluationReleased.ItemResult s4 = event.items().stream().filter(i -> i.itemId().equals("S4")).findFirst()
                .orElseThrow();
        assertEquals(new EvaluationReleased.Quote(61_000, "这不归我管。"), s4.quote());
        assertEquals("说了禁语", s4.comment());
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/evaluations/" + id + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATE", "SUBMIT", "ROUTE", "APPROVE", "APPROVE", "APPROVE", "RELEASE"))
                .body("actor", contains("e-rv1", "e-rv1", "e-rv1", "e-rv2", "q-1", "lead-t-1", "lead-t-1"))
                .body("toStatus[-1]", equalTo("RELEASED"));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/evaluations/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/evaluations/" + id + "/history")
                .then().statusCode(403);
    }

    @Test
    void aReviewerReturnsItWithACommentAndTheEvaluatorResubmits() {
        String agent = "a-" + UUID.randomUUID();
        JsonPath e = evaluate("e-rv1", task(agent), true, BANNED);

        review(TestTokens.evaluator("e-rv2"), e, "{\"lockVersion\":LOCK,\"decision\":\"RETURN\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("comment"));
        JsonPath returned = review(TestTokens.evaluator("e-rv2"), e,
                "{\"lockVersion\":LOCK,\"decision\":\"RETURN\",\"comment\":\"禁语不成立，请复听 1:01\"}")
                .statusCode(200).extract().jsonPath();
        assertEquals("DRAFT", returned.getString("status"));

        String id = e.getString("evaluationId");
        given().auth().oauth2(TestTokens.evaluator("e-rv2")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":" + returned.getInt("lockVersion") + ",\"items\":" + items() + "}")
                .when().put("/api/v1/evaluations/" + id).then().statusCode(403);
        JsonPath edited = given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":" + returned.getInt("lockVersion") + ",\"items\":" + items() + "}")
                .when().put("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("totalScore", equalTo(100.0f), "problemFound", equalTo(false)).extract().jsonPath();
        given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":" + edited.getInt("lockVersion") + "}")
                .when().post("/api/v1/evaluations/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("RELEASED"), "reviewLevels.size()", equalTo(0));

        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/evaluations/" + id + "/history")
                .then().body("find { it.action == 'RETURN' }.comment", containsString("禁语不成立"))
                .body("find { it.action == 'EDIT' }.changes.field", hasItem("items.S4.verdict"))
                .body("find { it.action == 'EDIT' }.changes.find { it.field == 'items.S4.verdict' }.to",
                        equalTo("passed"));
    }

    @Test
    void aReviewerAdjustsItemsWithAReason() {
        String agent = "a-" + UUID.randomUUID();
        JsonPath e = evaluate("e-rv1", task(agent), true, "{\"itemId\":\"B1\",\"awarded\":0,\"reason\":\"WRONG_ANSWER\"}");
        assertEquals(75.0f, e.getFloat("totalScore"));

        review(TestTokens.qaLead("q-1"), e, "{\"lockVersion\":LOCK,\"decision\":\"ADJUST\",\"comment\":\"答复基本正确\","
                + "\"items\":[{\"itemId\":\"B1\",\"awarded\":30}]}").statusCode(400)
                .body("errors[0].field", equalTo("items[0].awarded"));
        JsonPath adjusted = review(TestTokens.qaLead("q-1"), e, "{\"lockVersion\":LOCK,\"decision\":\"ADJUST\","
                + "\"comment\":\"答复基本正确\",\"items\":[{\"itemId\":\"B1\",\"awarded\":20,\"reason\":\"INCOMPLETE_ANSWER\"}]}")
                .statusCode(200).extract().jsonPath();

        assertEquals(95.0f, adjusted.getFloat("totalScore"));
        assertEquals(2, adjusted.getInt("reviewLevel"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when()
                .get("/api/v1/evaluations/" + e.getString("evaluationId") + "/history")
                .then().body("find { it.action == 'ADJUST' }.comment", equalTo("答复基本正确"))
                .body("find { it.action == 'ADJUST' }.changes.find { it.field == 'totalScore' }.to", equalTo("95.0"));
    }

    @Test
    void aDraftStaysWithItsEvaluatorUntilSubmitted() {
        String agent = "a-" + UUID.randomUUID();
        String taskId = task(agent);
        JsonPath draft = evaluate("e-rv1", taskId, false);
        String id = draft.getString("evaluationId");

        assertEquals("DRAFT", draft.getString("status"));
        given().auth().oauth2(TestTokens.evaluator("e-rv1")).when().get("/api/v1/tasks/" + taskId)
                .then().body("status", equalTo("OPEN"));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/evaluations/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.evaluator("e-rv2")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":0}").when().post("/api/v1/evaluations/" + id + "/submit").then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/evaluations/" + id + "/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("lockVersion"));
        assertTrue(published(agent).isEmpty());

        given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":" + draft.getInt("lockVersion") + "}")
                .when().post("/api/v1/evaluations/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        given().auth().oauth2(TestTokens.evaluator("e-rv1")).when().get("/api/v1/tasks/" + taskId)
                .then().body("status", equalTo("DONE"));
    }

    @Test
    void aLeadsCorrectionPublishesARevisedVersionAndKeepsTheFirst() {
        String agent = "a-" + UUID.randomUUID();
        JsonPath e = evaluate("e-rv1", task(agent), true);
        String id = e.getString("evaluationId");
        String correction = "{\"lockVersion\":" + e.getInt("lockVersion") + ",\"reason\":\"复听发现开头语缺失\","
                + "\"items\":[{\"itemId\":\"S1\",\"awarded\":10,\"reason\":\"NO_GREETING\"}]}";

        given().auth().oauth2(TestTokens.evaluator("e-rv2")).contentType(ContentType.JSON).body(correction)
                .when().post("/api/v1/evaluations/" + id + "/corrections").then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON).body(correction)
                .when().post("/api/v1/evaluations/" + id + "/corrections").then().statusCode(200)
                .body("version", equalTo(2), "status", equalTo("REVISED"), "totalScore", equalTo(95.0f));
        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON).body(correction)
                .when().post("/api/v1/evaluations/" + id + "/corrections").then().statusCode(409);

        await().atMost(WAIT).until(() -> published(agent).size() == 2);
        EvaluationRevised revised = (EvaluationRevised) published(agent).get(1);
        assertEquals(EvaluationRevised.Cause.CORRECTION, revised.cause());
        assertEquals(1, revised.previousVersion());
        assertEquals(new BigDecimal("95.0"), revised.totalScore());
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/evaluations/" + id + "/versions")
                .then().statusCode(200).body("version", contains(1, 2)).body("totalScore", contains(100.0f, 95.0f));
    }

    @Test
    void twoEditsOfTheSameReadEndInOneConflict() throws Exception {
        JsonPath draft = evaluate("e-rv1", task("a-" + UUID.randomUUID()), false);
        String url = "/api/v1/evaluations/" + draft.getString("evaluationId");
        String body = "{\"lockVersion\":" + draft.getInt("lockVersion") + ",\"items\":" + items() + ",\"comment\":\"%s\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> edits = List.of("first", "second").stream().map(c -> pool.submit(() -> given()
                    .auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                    .body(String.format(body, c)).when().put(url).then().extract().statusCode())).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> edit : edits) {
                statuses.add(edit.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theWorkQueueIsCountedForPrometheus() {
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(containsString("qa_tasks_overdue "), containsString("qa_tasks_open{queue=\"shared\"}"),
                        containsString("qa_evaluations_in_review "), containsString("qa_appeals_open ")));
    }

    @Test
    void badCorrectionsNameTheFieldAndChangeNothing() {
        String agent = "a-" + UUID.randomUUID();
        JsonPath e = evaluate("e-rv1", task(agent), true);
        String url = "/api/v1/evaluations/" + e.getString("evaluationId") + "/corrections";
        String lock = "\"lockVersion\":" + e.getInt("lockVersion");

        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON)
                .body("{" + lock + ",\"items\":[{\"itemId\":\"S1\",\"awarded\":10,\"reason\":\"NO_GREETING\"}]}")
                .when().post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON)
                .body("{" + lock + ",\"reason\":\"x\",\"items\":[{\"itemId\":\"S9\",\"awarded\":10}]}")
                .when().post(url).then().statusCode(400).body("errors[0].field", equalTo("items[0].itemId"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON)
                .body("{\"reason\":\"x\",\"items\":[{\"itemId\":\"S1\",\"awarded\":10,\"reason\":\"NO_GREETING\"}]}")
                .when().post(url).then().statusCode(400).body("errors[0].field", equalTo("lockVersion"));

        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/evaluations/" + e.getString("evaluationId"))
                .then().body("version", equalTo(1), "totalScore", equalTo(100.0f));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> published(agent).size() == 1);
    }

    @Test
    void flagsMayComeAsOneObjectAsAnEvaluationShowsThem() {
        String taskId = task("a-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                .body("{\"taskId\":\"" + taskId + "\",\"items\":" + items()
                        + ",\"flags\":{\"sendToQa\":true,\"nominateExcellent\":false,\"serviceProblem\":true}}")
                .when().post("/api/v1/evaluations").then().statusCode(201)
                .body("flags.serviceProblem", equalTo(true), "flags.sendToQa", equalTo(true),
                        "problemFound", equalTo(true), "status", equalTo("IN_REVIEW"));
    }

    @Test
    void aWrongScorecardVersionIsRefusedAndNothingStored() {
        String agent = "a-" + UUID.randomUUID();
        String taskId = task(agent);

        given().auth().oauth2(TestTokens.evaluator("e-rv1")).contentType(ContentType.JSON)
                .body("{\"taskId\":\"" + taskId + "\",\"scorecardVersion\":99,\"items\":" + items() + "}")
                .when().post("/api/v1/evaluations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("scorecardVersion"));

        assertEquals(0, TestDatabase.count("select count(*) from evaluation where task_id = ?", UUID.fromString(taskId)));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> published(agent).isEmpty());
    }
}
