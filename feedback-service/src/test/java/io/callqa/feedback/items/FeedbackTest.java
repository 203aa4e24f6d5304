package io.callqa.feedback.items;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.AppealUnderReview;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EventJson;
import io.callqa.events.FeedbackEvent;
import io.callqa.events.Topics;
import io.callqa.feedback.FeedbackTestEvents;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class FeedbackTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Publishes the evaluation and returns its feedback item's id once the service has made it. */
    private static String feedbackFor(EvaluationReleased e) {
        KafkaProbe.publish(e);
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from feedback_item where evaluation_id = ?", e.evaluationId()) == 1);
        return TestDatabase.text("select id::text from feedback_item where evaluation_id = ?", e.evaluationId());
    }

    private static EvaluationReleased released(String agent, Instant releasedAt) {
        return Fixtures.released(agent, "t-1", "80.0", releasedAt);
    }

    private static String newAgent() {
        return "a-" + UUID.randomUUID();
    }

    private static Map<String, Object> appealBody() {
        return Map.of("disputedItems", List.of("B1"), "reason", "I answered the policy in full at 00:45");
    }

    private static List<AppealFiled> filed(UUID evaluationId) {
        return KafkaProbe.recordsMentioning(Topics.FEEDBACK, evaluationId.toString()).stream()
                .map(r -> EventJson.read(r.value(), FeedbackEvent.class))
                .filter(AppealFiled.class::isInstance).map(AppealFiled.class::cast).toList();
    }

    @Test
    void aReleasedEvaluationBecomesFeedbackWrittenAsASandwich() {
        String agent = newAgent();
        Instant released = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EvaluationReleased e = released(agent, released);
        String id = feedbackFor(e);

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/feedback/{id}?lang=en", id)
                .then().statusCode(200)
                .body("evaluationId", equalTo(e.evaluationId().toString()), "status", equalTo("PENDING"),
                        "acknowledgementOverdue", equalTo(false), "appealsLeft", equalTo(2),
                        "appealDeadline", equalTo(released.plus(Duration.ofDays(7)).toString()),
                        "feedback.language", equalTo("en"),
                        "feedback.strength", startsWith("What went well: BUSINESS"),
                        "feedback.improvements[0]", equalTo("To improve: B1 lost 5 points (INCOMPLETE_ANSWER). "
                                + "At 00:42 in the call: \"这个要看情况\". Note: policy half explained"),
                        "feedback.comment", equalTo("Evaluator's comment: clear and polite"));
        given().auth().oauth2(TestTokens.agent(agent)).header("Accept-Language", "zh-CN,zh;q=0.9")
                .when().get("/api/v1/feedback/{id}", id)
                .then().statusCode(200).body("feedback.improvements[0]", startsWith("需要改进:B1 扣 5 分"));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/feedback?lang=fr")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
    }

    @Test
    void onlyTheAgentAcknowledgesAndOnlyOnce() {
        String agent = newAgent();
        String id = feedbackFor(released(agent, Instant.now()));

        given().auth().oauth2(TestTokens.agent("someone-else")).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.teamLead("t-1")).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.agent(agent)).when()
                .post("/api/v1/feedback/{id}/acknowledge", UUID.randomUUID()).then().statusCode(404);
        assertEquals(0, TestDatabase.count("select count(*) from feedback_item where id = ?::uuid and "
                + "acknowledged_at is not null", id));

        given().auth().oauth2(TestTokens.agent(agent)).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"), "acknowledgedBy", equalTo(agent));
        given().auth().oauth2(TestTokens.agent(agent)).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(409).body("detail", startsWith("already acknowledged at"));
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", id).then().statusCode(409);
    }

    @Test
    void anAppealIsPublishedFollowsTheDecisionsAndTwoAreTheMost() {
        String agent = newAgent();
        EvaluationReleased e = released(agent, Instant.now());
        String id = feedbackFor(e);

        String appealId = given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON)
                .body(appealBody()).when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(201).body("state", equalTo("FILED"), "disputedItems", equalTo(List.of("B1")))
                .extract().path("appealId");
        await().atMost(WAIT).until(() -> filed(e.evaluationId()).size() == 1);
        AppealFiled event = filed(e.evaluationId()).get(0);
        assertEquals(UUID.fromString(appealId), event.appealId());
        assertEquals(agent, event.agentId());
        assertEquals(1, event.evaluationVersion());
        assertEquals(List.of("B1"), event.disputedItems());
        assertEquals("t-1", event.teamId());

        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(409).body("detail", containsString("one appeal at a time"));
        given().auth().oauth2(TestTokens.agent(agent)).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(409);

        KafkaProbe.publish(new AppealUnderReview(UUID.randomUUID(), Instant.now(), UUID.fromString(appealId),
                e.evaluationId(), agent, "t-1", "q-1"));
        await().atMost(WAIT).until(() -> "UNDER_REVIEW".equals(TestDatabase.text(
                "select state from appeal where id = ?::uuid", appealId)));
        KafkaProbe.publish(FeedbackTestEvents.decided(UUID.fromString(appealId), e, AppealDecided.Decision.REJECTED,
                "the recording shows half the policy"));
        await().atMost(WAIT).until(() -> "REJECTED".equals(TestDatabase.text(
                "select state from appeal where id = ?::uuid", appealId)));

        given().auth().oauth2(TestTokens.teamLead("t-1")).when().get("/api/v1/feedback/{id}", id)
                .then().statusCode(200).body("status", equalTo("PENDING"), "appealsLeft", equalTo(1),
                        "appeals[0].state", equalTo("REJECTED"), "appeals[0].reviewerId", equalTo("q-1"),
                        "appeals[0].decisionReason", equalTo("the recording shows half the policy"));

        String second = given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON)
                .body(appealBody()).when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(201).extract().path("appealId");
        KafkaProbe.publish(FeedbackTestEvents.decided(UUID.fromString(second), e, AppealDecided.Decision.REJECTED, "same recording"));
        await().atMost(WAIT).until(() -> "REJECTED".equals(TestDatabase.text(
                "select state from appeal where id = ?::uuid", second)));
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(409).body("detail", containsString("2 times"));
        assertEquals(2, filed(e.evaluationId()).size());
    }

    @Test
    void anAppealAfterTheWindowIsRefusedWithTheDeadline() {
        String agent = newAgent();
        Instant released = Instant.now().minus(Duration.ofDays(8)).truncatedTo(ChronoUnit.SECONDS);
        EvaluationReleased e = released(agent, released);
        String id = feedbackFor(e);

        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed at " + released.plus(Duration.ofDays(7))));

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/feedback?overdue=true")
                .then().statusCode(200).body("$", hasSize(1), "[0].acknowledgementOverdue", equalTo(true));
        assertNothingAppealed(e);
    }

    @Test
    void badAppealsNameTheFieldAndStoreAndPublishNothing() {
        String agent = newAgent();
        EvaluationReleased e = released(agent, Instant.now());
        String id = feedbackFor(e);

        badAppeal(agent, id, Map.of("disputedItems", List.of(), "reason", "x"), "disputedItems");
        badAppeal(agent, id, Map.of("disputedItems", List.of("Z9"), "reason", "x"), "disputedItems[0]");
        badAppeal(agent, id, Map.of("disputedItems", List.of("B1", "B1"), "reason", "x"), "disputedItems[1]");
        badAppeal(agent, id, Map.of("disputedItems", List.of("B1"), "reason", " "), "reason");
        badAppeal(agent, id, Map.of("disputedItems", List.of("B1"), "reason", "x".repeat(4001)), "reason");
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body("{\"disputedItems\": [")
                .when().post("/api/v1/feedback/{id}/appeal", id).then().statusCode(400);
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON)
                .when().post("/api/v1/feedback/{id}/appeal", id).then().statusCode(400)
                .body("errors[0].field", equalTo("disputedItems"));
        given().auth().oauth2(TestTokens.agent("another")).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(appealBody())
                .when().post("/api/v1/feedback/{id}/appeal", UUID.randomUUID()).then().statusCode(404);
        assertNothingAppealed(e);
    }

    @Test
    void visibilityFollowsRoleAndTeam() {
        String agent = newAgent();
        String id = feedbackFor(released(agent, Instant.now()));

        given().auth().oauth2(TestTokens.agent("another")).when().get("/api/v1/feedback/{id}", id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-9")).when().get("/api/v1/feedback/{id}", id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-9")).when().get("/api/v1/feedback?agentId={a}", agent)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.agent("another")).when().get("/api/v1/feedback?agentId={a}", agent)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-7")).when().get("/api/v1/feedback?agentId={a}", agent)
                .then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/feedback/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/feedback/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/feedback?status=LOST")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aRevisionIsFeedbackAnewAndKeepsTheHistory() {
        String agent = newAgent();
        EvaluationReleased e = released(agent, Instant.now().minus(Duration.ofDays(1)));
        String id = feedbackFor(e);
        given().auth().oauth2(TestTokens.agent(agent)).when().post("/api/v1/feedback/{id}/acknowledge", id)
                .then().statusCode(200);

        KafkaProbe.publish(FeedbackTestEvents.revised(e, new BigDecimal("100.0")));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from feedback_item where id = ?::uuid "
                + "and evaluation_version = 2", id) == 1);

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/feedback/{id}", id)
                .then().statusCode(200).body("status", equalTo("PENDING"), "evaluationVersion", equalTo(2),
                        "totalScore", equalTo(100.0f));
        assertEquals(2, TestDatabase.count("select count(*) from qa_file_entry where evaluation_id = ?",
                e.evaluationId()));
        assertEquals("CORRECTION", TestDatabase.text("select cause from qa_file_entry where evaluation_id = ? "
                + "and version = 2", e.evaluationId()));
    }

    private static void badAppeal(String agent, String id, Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/feedback/{id}/appeal", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static void assertNothingAppealed(EvaluationReleased e) {
        assertEquals(0, TestDatabase.count("select count(*) from appeal where evaluation_id = ?", e.evaluationId()));
        assertTrue(filed(e.evaluationId()).isEmpty());
    }
}
