package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.CoachingApi.WAIT;
import static io.callqa.feedback.coaching.CoachingApi.carryOut;
import static io.callqa.feedback.coaching.CoachingApi.create;
import static io.callqa.feedback.coaching.CoachingApi.lost;
import static io.callqa.feedback.coaching.CoachingApi.plans;
import static io.callqa.feedback.coaching.CoachingApi.publish;
import static io.callqa.feedback.coaching.CoachingApi.released;
import static io.callqa.feedback.coaching.CoachingApi.revised;
import static io.callqa.feedback.coaching.CoachingApi.state;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleSelected.Reason;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Re-check evaluations (sampled under rule RECHECK after CoachingCompleted) decide a completed plan. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class RecheckLoopTest {

    private static final String QA = TestTokens.qaLead("q-recheck");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T02:00:00Z");

    private static Reason recheck(int k, String planId) {
        return new Reason("RECHECK", RecheckReason.detail(k, 3, UUID.fromString(planId)));
    }

    private static JsonPath plan(String planId) {
        return given().auth().oauth2(QA).when().get("/api/v1/coaching-plans/{id}", planId).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void threeReChecksWithoutADeductionOnTheWeakItemVerifyThePlanAndARevisionReplacesItsFigures() {
        String agent = "a-" + UUID.randomUUID();
        String planId = create(QA, agent, "t-rc", "S1");
        carryOut(planId, TestTokens.agent(agent), TestTokens.teamLead("t-rc"));

        EvaluationReleased first = released(agent, "t-rc", DEC_1, "90.0", List.of(lost("S1", 15, 10)),
                recheck(1, planId));
        publish(first);
        await().atMost(WAIT).until(() -> plan(planId).getList("rechecks").size() == 1);
        KafkaProbe.publish(revised(first, DEC_1.plusSeconds(600), "100.0", List.of(lost("S1", 15, 15))));
        await().atMost(WAIT).until(() -> plan(planId).getInt("rechecks[0].version") == 2);
        assertEquals("COMPLETED", state(planId));

        publish(released(agent, "t-rc", DEC_1.plusSeconds(3600), "92.0", List.of(lost("C1", 10, 2)), recheck(2, planId)),
                released(agent, "t-rc", DEC_1.plusSeconds(7200), "95.0", List.of(lost("S1", 15, 15)),
                        new Reason("COMPLAINT", "complaint CP-1"), recheck(3, planId)));

        await().atMost(WAIT).until(() -> "VERIFIED".equals(state(planId)));
        JsonPath verified = plan(planId);
        assertEquals(3, verified.getList("rechecks").size());
        assertEquals(List.of(), verified.getList("rechecks[0].lostItems"));
        assertEquals("VERIFIED", verified.getString("history[-1].to"));
        assertEquals("feedback-service", verified.getString("history[-1].by"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> plans(agent) == 1);
    }

    @Test
    void aMissedGoalFailsThePlanAndRaisesANewOneWithAQaLeadAsCoach() {
        String agent = "a-" + UUID.randomUUID();
        String planId = create(QA, agent, "t-rc", "S1", "B2");
        carryOut(planId, TestTokens.agent(agent), TestTokens.teamLead("t-rc"));

        publish(released(agent, "t-rc", DEC_1, "95.0", List.of(lost("S1", 15, 15)), recheck(1, planId)),
                released(agent, "t-rc", DEC_1.plusSeconds(60), "95.0", List.of(lost("B2", 10, 5)), recheck(2, planId)));
        assertEquals("COMPLETED", state(planId));
        // a detail sampling may word otherwise: the agent's oldest COMPLETED plan takes it
        publish(released(agent, "t-rc", DEC_1.plusSeconds(120), "99.0", List.of(lost("S1", 15, 15)),
                new Reason("RECHECK", "re-check 3 of 3")));

        await().atMost(WAIT).until(() -> "FAILED".equals(state(planId)));
        await().atMost(WAIT).until(() -> plans(agent) == 2);
        JsonPath failed = plan(planId);
        assertEquals(List.of("B2"), failed.getList("rechecks[1].lostItems"));
        String next = TestDatabase.text("select cast(plan_id as text) from coaching_plan where escalated_from = "
                + "cast(? as uuid)", planId);
        JsonPath escalated = plan(next);
        assertEquals("RECHECK_FAILED", escalated.getString("trigger"));
        assertEquals(List.of("S1", "B2"), escalated.getList("weakItems"));
        assertEquals("QA_LEAD", escalated.getString("coachRole"));
        assertEquals("NO_DEDUCTION", escalated.getString("goalKind"));
        assertEquals("OPEN", escalated.getString("state"));
        assertEquals(3, escalated.getList("evidence").size());

        // the team lead no longer coaches it: a QA lead does
        given().auth().oauth2(TestTokens.teamLead("t-rc")).when().post("/api/v1/coaching-plans/{id}/start", next)
                .then().statusCode(200);
        String task = escalated.getString("tasks[0].taskId");
        given().auth().oauth2(TestTokens.teamLead("t-rc")).when()
                .post("/api/v1/coaching-plans/{id}/tasks/{t}/done", next, task).then().statusCode(403);
        given().auth().oauth2(QA).when().post("/api/v1/coaching-plans/{id}/tasks/{t}/done", next, task).then()
                .statusCode(200);
    }

    @Test
    void anAverageGoalIsDecidedOnTheReChecksAverage() {
        String agent = "a-" + UUID.randomUUID();
        String planId = given().auth().oauth2(QA).contentType(io.restassured.http.ContentType.JSON)
                .body("{\"agentId\":\"" + agent + "\",\"teamId\":\"t-rc\",\"weakItems\":[\"C1\"],"
                        + "\"goalKind\":\"AVERAGE_AT_LEAST\",\"goalAverage\":85,\"recheckCount\":2}")
                .when().post("/api/v1/coaching-plans").then().statusCode(201).extract().jsonPath().getString("planId");
        carryOut(planId, TestTokens.agent(agent), QA);

        publish(released(agent, "t-rc", DEC_1, "80.0", List.of(lost("C1", 10, 0)), recheck(1, planId)),
                released(agent, "t-rc", DEC_1.plusSeconds(60), "90.0", List.of(lost("C1", 10, 0)), recheck(2, planId)));

        await().atMost(WAIT).until(() -> "VERIFIED".equals(state(planId)));
    }
}
