package io.callqa.reporting.agents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AgentReportTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void recordAndWait(EvaluationReleased... evaluations) {
        for (EvaluationReleased e : evaluations) {
            KafkaProbe.publish(e);
        }
        for (EvaluationReleased e : evaluations) {
            await().atMost(WAIT).until(() -> TestDatabase.count(
                    "select count(*) from evaluation_fact where evaluation_id = ?", e.evaluationId()) == 1);
        }
    }

    @Test
    void monthReportCountsAndAveragesByTheCentersMonth() {
        String agent = "a-" + UUID.randomUUID();
        // 2026-10-31T17:30Z is already 1 November in Asia/Shanghai
        recordAndWait(Fixtures.released(agent, "t-r", "90.0", Instant.parse("2026-10-31T17:30:00Z")),
                Fixtures.released(agent, "t-r", "75.5", Instant.parse("2026-11-20T02:00:00Z")),
                Fixtures.released(agent, "t-r", "60.0", Instant.parse("2026-10-31T15:00:00Z")));

        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent)
                .then().statusCode(200)
                .body("agentId", equalTo(agent), "month", equalTo("2026-11"), "evaluations", equalTo(2),
                        "averageScore", equalTo(82.8f), "problemsFound", equalTo(1));
        given().auth().oauth2(TestTokens.agent(agent)).queryParam("month", "2026-10")
                .when().get("/api/v1/reports/agents/{id}", agent)
                .then().statusCode(200).body("evaluations", equalTo(1), "averageScore", equalTo(60.0f));
        given().auth().oauth2(TestTokens.agent(agent)).queryParam("month", "2026-09")
                .when().get("/api/v1/reports/agents/{id}", agent)
                .then().statusCode(200).body("evaluations", equalTo(0), "averageScore", nullValue());
    }

    @Test
    void prometheusMetersReflectReleasedEvaluations() {
        String team = "t-" + UUID.randomUUID().toString().substring(0, 8);
        recordAndWait(Fixtures.released("a-m1", team, "80.0", Instant.now()),
                Fixtures.released("a-m2", team, "100.0", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("qa_evaluations_released_total{team=\"" + team + "\"} 2.0"),
                        containsString("qa_evaluation_score_sum{team=\"" + team + "\"} 180.0"),
                        containsString("qa_evaluation_score_count{team=\"" + team + "\"} 2")));
    }

    @Test
    void redeliveredEvaluationIsCountedOnce() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = Fixtures.released(agent, "t-d", "88.0", Instant.parse("2026-11-05T02:00:00Z"));
        recordAndWait(e);
        KafkaProbe.publish(e);
        recordAndWait(Fixtures.released(agent, "t-d", "70.0", Instant.parse("2026-11-06T02:00:00Z")));

        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent)
                .then().statusCode(200).body("evaluations", equalTo(2), "averageScore", equalTo(79.0f));
    }

    @Test
    void monthIsRequiredAndMustBeYearDashMonth() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/reports/agents/a-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "11/2026")
                .when().get("/api/v1/reports/agents/a-1")
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2026-13")
                .when().get("/api/v1/reports/agents/a-1")
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
    }

    @Test
    void reportsAreScopedByRole() {
        String agent = "a-" + UUID.randomUUID();
        recordAndWait(Fixtures.released(agent, "t-s", "90.0", Instant.parse("2026-11-05T02:00:00Z")));

        given().auth().oauth2(TestTokens.agent("other")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent).then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-s")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent).then().statusCode(200).body("evaluations", equalTo(1));
        given().auth().oauth2(TestTokens.teamLead("t-x")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent).then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("month", "2026-11")
                .when().get("/api/v1/reports/agents/{id}", agent).then().statusCode(403);
        given().queryParam("month", "2026-11").when().get("/api/v1/reports/agents/{id}", agent).then().statusCode(401);
    }
}
