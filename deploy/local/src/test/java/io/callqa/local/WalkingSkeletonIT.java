package io.callqa.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole thread over HTTP across the five services of the local stack, as separate processes on the embedded
 * Kafka broker and PostgreSQL: a short call is ingested, sampled, becomes a task, is scored, and shows up in the
 * agent's QA file, in the agent's monthly report and in reporting's Prometheus meters.
 */
class WalkingSkeletonIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

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
        ingestShortCall(callId, agent);

        String evaluator = stack.token("evaluator", "e-it", null, null);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(evaluator).queryParam("agentId", agent)
                .when().get(url("sampling", "/api/v1/samples"))
                .then().statusCode(200)
                .body("items.callId", hasItem(callId), "items[0].reasons[0].rule", equalTo("SHORT_CALL")));

        String taskId = await().atMost(WAIT).until(() -> given().auth().oauth2(evaluator)
                .when().get(url("scoring", "/api/v1/tasks"))
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.callId == '" + callId + "' }.taskId"), id -> id != null);

        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(scoring(evaluator, taskId))
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
        given().when().get(url("reporting", "/q/metrics"))
                .then().statusCode(200).body(containsString("qa_evaluations_released_total{team=\"t-it\"}"));
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

    private static void ingestShortCall(String callId, String agent) {
        Instant enqueued = Instant.now().minusSeconds(120);
        given().auth().oauth2(stack.token("acd", "acd-it", null, null)).contentType(ContentType.JSON)
                .body(Map.of("callId", callId, "queueId", "q-billing", "agentId", agent, "teamId", "t-it",
                        "callerNumber", "13800135678",
                        "enqueuedAt", enqueued.toString(),
                        "answeredAt", enqueued.plusSeconds(8).toString(),
                        "endedAt", enqueued.plusSeconds(23).toString()))
                .when().post(url("ingest", "/api/v1/calls"))
                .then().statusCode(202).body("callId", equalTo(callId));
    }

    /** Full marks on the newest default scorecard except 10 points lost on B1. */
    private static String scoring(String token, String taskId) {
        JsonPath card = given().auth().oauth2(token).when().get(url("scoring", "/api/v1/scorecards/personal-qa"))
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = card.getList("sections.items.flatten()");
        String verdicts = items.stream().map(item -> {
            String id = (String) item.get("id");
            if ("CRITICAL".equals(item.get("kind"))) {
                return "{\"itemId\":\"" + id + "\",\"passed\":true}";
            }
            return id.equals("B1") ? "{\"itemId\":\"B1\",\"awarded\":15,\"reason\":\"INCOMPLETE_ANSWER\"}"
                    : "{\"itemId\":\"" + id + "\",\"awarded\":" + item.get("maxPoints") + "}";
        }).collect(Collectors.joining(","));
        assertEquals(10, items.size());
        return "{\"taskId\":\"" + taskId + "\",\"comment\":\"answer incomplete\",\"items\":[" + verdicts + "]}";
    }

    private static String url(String service, String path) {
        return stack.serviceUrl(service) + path;
    }
}
