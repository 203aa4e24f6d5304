package io.callqa.scoring.appeals;

import static io.callqa.scoring.support.ScoringApi.WAIT;
import static io.callqa.scoring.support.ScoringApi.scoring;
import static io.callqa.scoring.support.ScoringApi.task;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.AppealUnderReview;
import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AppealFlowTest {

    private static final String EVALUATOR = TestTokens.qaLead("q-ap1");
    private static final String OTHER_LEAD = TestTokens.qaLead("q-ap2");
    private static final String NO_GREETING = "{\"itemId\":\"S1\",\"awarded\":10,\"reason\":\"NO_GREETING\"}";

    /** A released evaluation of the agent's call, scored by q-ap1 with the greeting missing (95.0). */
    private static String released(String agent) {
        return given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(scoring(task(agent), true, NO_GREETING))
                .when().post("/api/v1/evaluations").then().statusCode(201).body("status", equalTo("RELEASED"))
                .extract().jsonPath().getString("evaluationId");
    }

    private static AppealFiled file(String agent, String evaluationId) {
        AppealFiled filed = new AppealFiled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.fromString(evaluationId), 1, agent, "t-1", List.of("S1"), "我说了您好，在第 1 秒", Instant.now());
        KafkaProbe.publish(filed);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from appeal where appeal_id = ?",
                filed.appealId()) == 1);
        return filed;
    }

    private static List<EvaluationEvent> published(String agent) {
        return KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, agent);
    }

    private static String decision(AppealFiled filed) {
        return "/api/v1/appeals/" + filed.appealId() + "/decision";
    }

    @Test
    void anUpheldAppealRevisesTheEvaluationThroughTheBroker() {
        String agent = "a-" + UUID.randomUUID();
        String evaluationId = released(agent);
        AppealFiled filed = file(agent, evaluationId);

        given().auth().oauth2(OTHER_LEAD).queryParam("status", "OPEN").when().get("/api/v1/appeals").then()
                .statusCode(200).body("find { it.appealId == '" + filed.appealId() + "' }.disputedItems[0]", equalTo("S1"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body("{\"decision\":\"UPHELD\",\"reason\":\"x\",\"items\":[{\"itemId\":\"S1\",\"awarded\":15}]}")
                .when().post(decision(filed)).then().statusCode(403);
        given().auth().oauth2(EVALUATOR).when().post("/api/v1/appeals/" + filed.appealId() + "/review").then()
                .statusCode(403);
        given().auth().oauth2(OTHER_LEAD).when().post("/api/v1/appeals/" + filed.appealId() + "/review").then()
                .statusCode(200).body("status", equalTo("UNDER_REVIEW"), "reviewerId", equalTo("q-ap2"));
        given().auth().oauth2(OTHER_LEAD).when().post("/api/v1/appeals/" + filed.appealId() + "/review").then()
                .statusCode(409);
        given().auth().oauth2(OTHER_LEAD).queryParam("status", "UNDER_REVIEW").when().get("/api/v1/appeals").then()
                .body("appealId", hasItem(filed.appealId().toString()));
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body("{\"decision\":\"UPHELD\",\"reason\":\"x\"}")
                .when().post(decision(filed)).then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON)
                .body("{\"decision\":\"UPHELD\",\"reason\":\"复听确认有开头语\",\"items\":[{\"itemId\":\"S1\",\"awarded\":15}]}")
                .when().post(decision(filed)).then().statusCode(200)
                .body("status", equalTo("UPHELD"), "revisedVersion", equalTo(2), "decidedBy", equalTo("q-ap2"));

        await().atMost(WAIT).until(() -> published(agent).size() == 4);
        AppealUnderReview taken = (AppealUnderReview) published(agent).get(1);
        assertEquals("q-ap2", taken.reviewerId());
        EvaluationRevised revised = (EvaluationRevised) published(agent).get(2);
        assertEquals(EvaluationRevised.Cause.APPEAL_UPHELD, revised.cause());
        assertEquals(filed.appealId(), revised.appealId());
        assertEquals(new BigDecimal("100.0"), revised.totalScore());
        AppealDecided decided = (AppealDecided) published(agent).get(3);
        assertEquals(AppealDecided.Decision.UPHELD, decided.decision());
        assertEquals(2, decided.revisedVersion());
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body("{\"decision\":\"REJECTED\",\"reason\":\"x\"}")
                .when().post(decision(filed)).then().statusCode(409);
    }

    @Test
    void aRejectedAppealKeepsTheEvaluationAndSaysWhy() {
        String agent = "a-" + UUID.randomUUID();
        String evaluationId = released(agent);
        AppealFiled filed = file(agent, evaluationId);
        KafkaProbe.publish(filed);

        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body("{\"decision\":\"REJECTED\"}")
                .when().post(decision(filed)).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECTED\",\"reason\":\"开头语确实缺失，见 0:00\"}")
                .when().post(decision(filed)).then().statusCode(200).body("status", equalTo("REJECTED"));

        await().atMost(WAIT).until(() -> published(agent).size() == 2);
        AppealDecided decided = (AppealDecided) published(agent).get(1);
        assertEquals(AppealDecided.Decision.REJECTED, decided.decision());
        assertEquals("开头语确实缺失，见 0:00", decided.reason());
        assertEquals(1, TestDatabase.count("select count(*) from appeal where evaluation_id = ?",
                UUID.fromString(evaluationId)));
        given().auth().oauth2(OTHER_LEAD).when().get("/api/v1/evaluations/" + evaluationId).then()
                .body("version", equalTo(1), "totalScore", equalTo(95.0f));
    }

    @Test
    void anAppealOfAnUnknownEvaluationGoesToTheDeadLetterTopic() {
        AppealFiled filed = new AppealFiled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), 1,
                "a-x", "t-1", List.of("S1"), "?", Instant.now());
        KafkaProbe.publish(filed);

        await().atMost(WAIT).until(() -> !KafkaProbe.recordsMentioning(Topics.deadLetter(Topics.FEEDBACK),
                filed.appealId().toString()).isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from appeal where appeal_id = ?", filed.appealId()));
    }

    @Test
    void appealsAreForQaLeadsOnly() {
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/appeals").then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-1")).when().get("/api/v1/appeals").then().statusCode(403);
        given().auth().oauth2(OTHER_LEAD).queryParam("status", "MAYBE").when().get("/api/v1/appeals").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(OTHER_LEAD).when().get("/api/v1/appeals/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body("{\"decision\":\"REJECTED\",\"reason\":\"x\"}")
                .when().post("/api/v1/appeals/" + UUID.randomUUID() + "/decision").then().statusCode(404);
        given().auth().oauth2(OTHER_LEAD).contentType(ContentType.JSON).body("{\"decision\":\"MAYBE\",\"reason\":\"x\"}")
                .when().post("/api/v1/appeals/" + UUID.randomUUID() + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("decision"));
    }
}
