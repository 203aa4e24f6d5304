package io.callqa.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole thread over HTTP across the five services of the local stack, as separate processes on the embedded
 * Kafka broker and PostgreSQL: a short call is ingested, sampled, becomes a task, is scored, and shows up in the
 * agent's QA file, in the agent's monthly report and in reporting's Prometheus meters; and a red line runs the
 * improvement loop through coaching and its re-check.
 */
class WalkingSkeletonIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String LOOP_TEAM = "t-loop";

    @TempDir
    static Path data;
    static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shortCallFlowsFromTheAcdToTheAgentsFileAndMonthlyReport() {
        String agent = "a-" + UUID.randomUUID().toString().substring(0, 8);
        String callId = "call-" + UUID.randomUUID();
        ingestShortCall(callId, agent, "t-it", Instant.now().minusSeconds(97));

        String evaluator = stack.token("evaluator", "e-it", null, null);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(evaluator).queryParam("agentId", agent)
                .when().get(url("sampling", "/api/v1/samples"))
                .then().statusCode(200)
                .body("items.callId", hasItem(callId), "items[0].reasons[0].rule", equalTo("SHORT_CALL")));

        String taskId = await().atMost(WAIT).until(() -> given().auth().oauth2(evaluator)
                .when().get(url("scoring", "/api/v1/tasks"))
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.callId == '" + callId + "' }.taskId"), id -> id != null);

        given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(scoring(evaluator, taskId, "answer incomplete",
                        Map.of("B1", "{\"itemId\":\"B1\",\"awarded\":15,\"reason\":\"INCOMPLETE_ANSWER\"}")))
                .when().post(url("scoring", "/api/v1/evaluations"))
                .then().statusCode(201).body("totalScore", equalTo(90.0f), "agentId", equalTo(agent));

        String agentToken = stack.token("agent", agent, agent, null);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(agentToken)
                .when().get(url("feedback", "/api/v1/agents/" + agent + "/file"))
                .then().statusCode(200)
                .body("evaluations", equalTo(1), "entries[0].callId", equalTo(callId),
                        "entries[0].totalScore", equalTo(90.0f)));
        given().auth().oauth2(stack.token("agent", "someone-else", "someone-else", null))
                .when().get(url("feedback", "/api/v1/agents/" + agent + "/file"))
                .then().statusCode(403);

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(agentToken).queryParam("month", month)
                .when().get(url("reporting", "/api/v1/reports/agents/" + agent))
                .then().statusCode(200).body("evaluations", equalTo(1), "averageScore", equalTo(90.0f)));
        given().auth().oauth2(agentToken).queryParam("month", month)
                .when().get(url("reporting", "/api/v1/reports/scorecards/agents/" + agent))
                .then().statusCode(200).body("evaluations", equalTo(1), "average", equalTo(90.0f));
        given().auth().oauth2(agentToken).queryParam("month", month).queryParam("format", "csv")
                .when().get(url("reporting", "/api/v1/reports/scorecards/agents/" + agent))
                .then().statusCode(200).contentType(containsString("text/csv"));
        given().when().get(url("reporting", "/q/metrics"))
                .then().statusCode(200).body(containsString("qa_evaluations_released_total{team=\"t-it\"}"));
    }

    /**
     * The improvement loop evaluate → feed back → improve → verify (评估-反馈-改进-验证): a call fails a red line and the
     * evaluation passes its three review levels; the feedback service opens a coaching plan for the agent's team lead;
     * the team lead carries it out and completes it ({@code CoachingCompleted}); the sampling service re-checks the
     * agent's next three answered calls (rule RECHECK) and no more; the scoring service's tasks for them are scored
     * clean; and the feedback service marks the plan VERIFIED.
     */
    @Test
    void aRedLineLeadsToCoachingWhoseRecheckVerifiesTheImprovement() {
        String agent = "a-" + UUID.randomUUID().toString().substring(0, 8);
        String evaluator = stack.token("evaluator", "e-loop", null, null);
        String secondEvaluator = stack.token("evaluator", "e-loop-2", null, null);
        String qaLead = stack.token("qa-lead", "q-loop", null, null);
        String teamLead = stack.token("team-lead", "lead-" + LOOP_TEAM, null, LOOP_TEAM);

        String first = "call-" + UUID.randomUUID();
        ingestShortCall(first, agent, LOOP_TEAM, Instant.now().minusMillis(500));
        String evaluationId = given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(scoring(evaluator, taskOf(evaluator, first), null,
                        Map.of("S4", "{\"itemId\":\"S4\",\"passed\":false,\"reason\":\"BANNED_PHRASE\"}")))
                .when().post(url("scoring", "/api/v1/evaluations"))
                .then().statusCode(201).body("criticalFailed", equalTo(true), "status", equalTo("IN_REVIEW"))
                .extract().path("evaluationId");
        for (String reviewer : List.of(secondEvaluator, qaLead, teamLead)) {
            approve(reviewer, evaluationId);
        }

        String planId = await().atMost(WAIT).until(() -> given().auth().oauth2(teamLead).queryParam("agentId", agent)
                .when().get(url("feedback", "/api/v1/coaching-plans"))
                .then().statusCode(200).extract().jsonPath().getString("find { it.state == 'OPEN' }.planId"),
                id -> id != null);
        JsonPath plan = given().auth().oauth2(teamLead).when().get(url("feedback", "/api/v1/coaching-plans/" + planId))
                .then().statusCode(200).body("trigger", equalTo("CRITICAL_FAILURE"), "weakItems", hasItem("S4"))
                .extract().jsonPath();
        given().auth().oauth2(teamLead).when().post(url("feedback", "/api/v1/coaching-plans/" + planId + "/start"))
                .then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
        for (String task : plan.getList("tasks.taskId", String.class)) {
            given().auth().oauth2(teamLead)
                    .when().post(url("feedback", "/api/v1/coaching-plans/" + planId + "/tasks/" + task + "/done"))
                    .then().statusCode(200);
        }
        given().auth().oauth2(teamLead).when().post(url("feedback", "/api/v1/coaching-plans/" + planId + "/complete"))
                .then().statusCode(200).body("state", equalTo("COMPLETED"));

        // the re-check takes the calls answered after the plan was completed; each call is answered 5.5 s before
        // it is ingested
        ServiceInstance.sleep(7_000);
        List<String> next = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String callId = "call-" + UUID.randomUUID();
            ingestShortCall(callId, agent, LOOP_TEAM, Instant.now().minusMillis(500));
            next.add(callId);
            ServiceInstance.sleep(1_100);
        }
        try {
            await().atMost(WAIT).untilAsserted(() -> {
                JsonPath samples = given().auth().oauth2(evaluator).queryParam("agentId", agent)
                        .when().get(url("sampling", "/api/v1/samples")).then().statusCode(200).extract().jsonPath();
                List<String> rechecked = samples.getList("items.findAll { it.reasons.any { r -> r.rule == 'RECHECK' } }"
                        + ".callId", String.class);
                assertEquals(next.subList(0, 3).stream().sorted().toList(), rechecked.stream().sorted().toList(),
                        samples.prettify());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + tail("sampling") + "\n" + tail("feedback"), e);
        }
        JsonPath samples = given().auth().oauth2(evaluator).queryParam("agentId", agent)
                .when().get(url("sampling", "/api/v1/samples")).then().statusCode(200).extract().jsonPath();
        List<String> details = samples.getList("items.reasons.flatten().findAll { it.rule == 'RECHECK' }.detail",
                String.class);
        assertEquals(List.of("re-check 1 of 3 after coaching plan " + planId,
                "re-check 2 of 3 after coaching plan " + planId, "re-check 3 of 3 after coaching plan " + planId),
                details.stream().sorted().toList());

        for (String callId : next.subList(0, 3)) {
            given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                    .body(scoring(evaluator, taskOf(evaluator, callId), null, Map.of()))
                    .when().post(url("scoring", "/api/v1/evaluations"))
                    .then().statusCode(201).body("status", equalTo("RELEASED"));
        }

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(teamLead)
                .when().get(url("feedback", "/api/v1/coaching-plans/" + planId))
                .then().statusCode(200).body("state", equalTo("VERIFIED")));
        String agentToken = stack.token("agent", agent, agent, null);
        given().auth().oauth2(agentToken).when().get(url("feedback", "/api/v1/agents/" + agent + "/file"))
                .then().statusCode(200).body("evaluations", equalTo(4));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        given().auth().oauth2(stack.token("acd", "acd-it", null, null)).contentType(ContentType.JSON)
                .body("{\"callId\":\"c-bad\",\"queueId\":\"q\",\"enqueuedAt\":\"2026-11-02T09:00:00Z\"}")
                .when().post(url("ingest", "/api/v1/calls"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endedAt"));
        given().contentType(ContentType.JSON).body("{}").when().post(url("ingest", "/api/v1/calls"))
                .then().statusCode(401);
    }

    private static String taskOf(String token, String callId) {
        return await().atMost(WAIT).until(() -> given().auth().oauth2(token)
                .when().get(url("scoring", "/api/v1/tasks"))
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.callId == '" + callId + "' }.taskId"), id -> id != null);
    }

    private static void approve(String token, String evaluationId) {
        int lockVersion = given().auth().oauth2(token).when().get(url("scoring", "/api/v1/evaluations/" + evaluationId))
                .then().statusCode(200).extract().path("lockVersion");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lockVersion, "decision", "APPROVE"))
                .when().post(url("scoring", "/api/v1/evaluations/" + evaluationId + "/review"))
                .then().statusCode(200);
    }

    private static void ingestShortCall(String callId, String agent, String team, Instant ended) {
        given().auth().oauth2(stack.token("acd", "acd-it", null, null)).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "queueId", "q-billing", "agentId", agent, "teamId", team,
                        "callerNumber", "13800135678",
                        "enqueuedAt", ended.minusSeconds(8).toString(),
                        "answeredAt", ended.minusSeconds(5).toString(),
                        "endedAt", ended.toString()))
                .when().post(url("ingest", "/api/v1/calls"))
                .then().statusCode(202).body("callId", equalTo(callId));
    }

    /** Full marks on the newest default scorecard (red lines passed), except the items of {@code verdicts}. */
    private static String scoring(String token, String taskId, String comment, Map<String, String> verdicts) {
        JsonPath card = given().auth().oauth2(token).when().get(url("scoring", "/api/v1/scorecards/personal-qa"))
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = card.getList("sections.items.flatten()");
        String scored = items.stream().map(item -> {
            String id = (String) item.get("id");
            if (verdicts.containsKey(id)) {
                return verdicts.get(id);
            }
            return "CRITICAL".equals(item.get("kind")) ? "{\"itemId\":\"" + id + "\",\"passed\":true}"
                    : "{\"itemId\":\"" + id + "\",\"awarded\":" + item.get("maxPoints") + "}";
        }).collect(Collectors.joining(","));
        assertEquals(10, items.size());
        return "{\"taskId\":\"" + taskId + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                + ",\"items\":[" + scored + "]}";
    }

    /** The end of a service's log, for a failure message. */
    private static String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(stack.logFile(service));
            return "--- " + service + " log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60),
                    lines.size()));
        } catch (IOException e) {
            return "(no " + service + " log: " + e.getMessage() + ")";
        }
    }

    private static String url(String service, String path) {
        return stack.serviceUrl(service) + path;
    }
}
