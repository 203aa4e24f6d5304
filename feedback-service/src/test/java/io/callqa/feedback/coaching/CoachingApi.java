package io.callqa.feedback.coaching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.callqa.events.AgentUpdated;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.SampleSelected.Reason;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Evaluations as scoring releases them, and the coaching REST calls, for the Quarkus tests. */
public final class CoachingApi {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final Reason RANDOM = new Reason("RANDOM_POSTHOC", "monthly quota");

    private CoachingApi() {
    }

    public static ItemResult lost(String itemId, int maxPoints, int awarded) {
        return new ItemResult(itemId, "SERVICE", "DEDUCTION", maxPoints, awarded, false, false,
                awarded < maxPoints ? "NO_GREETING" : null, null, null);
    }

    public static ItemResult redLine(String itemId, boolean failed) {
        return new ItemResult(itemId, "COMPLIANCE", "CRITICAL", 0, 0, false, failed, null, null, null);
    }

    /** A released evaluation (version 1) of the agent's call with these items and reasons. */
    public static EvaluationReleased released(String agent, String team, Instant at, String total,
            List<ItemResult> items, Reason... reasons) {
        BigDecimal score = new BigDecimal(total);
        boolean critical = items.stream().anyMatch(ItemResult::failed);
        return new EvaluationReleased(UUID.randomUUID(), at, UUID.randomUUID(), 1, UUID.randomUUID(),
                "call-" + UUID.randomUUID(), agent, team, "e-1", reasons.length == 0 ? List.of(RANDOM) : List.of(reasons),
                "personal-qa", 1, score, critical, critical || score.compareTo(new BigDecimal("80")) < 0,
                new EvaluationReleased.Flags(false, false, false), items, null, at);
    }

    /** {@code of} revised as version {@code of.version() + 1}, released at {@code at}. */
    public static EvaluationRevised revised(EvaluationReleased of, Instant at, String total, List<ItemResult> items) {
        BigDecimal score = new BigDecimal(total);
        boolean critical = items.stream().anyMatch(ItemResult::failed);
        return new EvaluationRevised(UUID.randomUUID(), at, of.evaluationId(), of.version() + 1, of.version(),
                EvaluationRevised.Cause.CORRECTION, null, "re-scored", "q-1", of.sampleId(), of.callId(),
                of.agentId(), of.teamId(), of.evaluatorId(), of.reasons(), of.scorecardId(), of.scorecardVersion(),
                score, critical, critical, of.flags(), items, null, at);
    }

    /** Publishes each evaluation and waits until the QA file holds it (the coaching listener runs in that batch). */
    public static void publish(EvaluationReleased... evaluations) {
        for (EvaluationReleased e : evaluations) {
            KafkaProbe.publish(e);
            await().atMost(WAIT).until(() -> TestDatabase.count(
                    "select count(*) from qa_file_entry where evaluation_id = ?", e.evaluationId()) == 1);
        }
    }

    public static long plans(String agent) {
        return TestDatabase.count("select count(*) from coaching_plan where agent_id = ?", agent);
    }

    public static JsonPath onlyPlan(String agent, String token) {
        await().atMost(WAIT).until(() -> plans(agent) == 1);
        return given().auth().oauth2(token).queryParam("agentId", agent).when().get("/api/v1/coaching-plans")
                .then().statusCode(200).extract().jsonPath().setRootPath("[0]");
    }

    /** The roster puts the agent in the team (once the service has it). */
    public static void onRoster(String agent, String team) {
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), Instant.now(), agent, agent, team, "lead-" + team,
                LocalDate.parse("2025-01-02"), true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_roster where agent_id = ? and team_id = ?", agent, team) == 1);
    }

    /** A plan created by {@code token} for the agent (put on the team's roster first) on {@code items}; its id. */
    public static String create(String token, String agent, String team, String... items) {
        onRoster(agent, team);
        String body = "{\"agentId\":\"" + agent + "\",\"teamId\":\"" + team + "\",\"weakItems\":[\""
                + String.join("\",\"", items) + "\"]}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/coaching-plans").then().statusCode(201)
                .extract().jsonPath().getString("planId");
    }

    /** Starts the plan, ticks every task off as the agent and completes it as {@code coach}. */
    public static void carryOut(String planId, String agentToken, String coachToken) {
        given().auth().oauth2(agentToken).when().post("/api/v1/coaching-plans/{id}/start", planId)
                .then().statusCode(200);
        List<String> tasks = given().auth().oauth2(agentToken).when().get("/api/v1/coaching-plans/{id}", planId)
                .then().statusCode(200).extract().jsonPath().getList("tasks.taskId");
        for (String task : tasks) {
            given().auth().oauth2(agentToken).when()
                    .post("/api/v1/coaching-plans/{id}/tasks/{task}/done", planId, task).then().statusCode(200);
        }
        given().auth().oauth2(coachToken).when().post("/api/v1/coaching-plans/{id}/complete", planId)
                .then().statusCode(200);
    }

    public static String state(String planId) {
        return TestDatabase.text("select state from coaching_plan where plan_id = cast(? as uuid)", planId);
    }
}
