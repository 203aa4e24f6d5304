package io.callqa.scoring.evaluations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.events.Topics;
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
class EvaluationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EVALUATOR = TestTokens.evaluator("e-1");

    /** Publishes a sample and waits for its task; returns the task id. */
    static String taskFor(SampleSelected sample) {
        KafkaProbe.publish(sample);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from task where sample_id = ?",
                sample.sampleId()) == 1);
        return given().auth().oauth2(EVALUATOR).queryParam("limit", 1000).when().get("/api/v1/tasks")
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.sampleId == '" + sample.sampleId() + "' }.taskId");
    }

    static String scoring(String taskId, String... overrides) {
        List<ItemScore> items = ScoreCalculatorTest.fullMarksExcept();
        String verdicts = items.stream().map(i -> {
            for (String override : overrides) {
                if (override.contains("\"" + i.itemId() + "\"")) {
                    return override;
                }
            }
            return i.passed() != null ? "{\"itemId\":\"" + i.itemId() + "\",\"passed\":true}"
                    : "{\"itemId\":\"" + i.itemId() + "\",\"awarded\":" + i.awarded() + "}";
        }).collect(Collectors.joining(","));
        return "{\"taskId\":\"" + taskId + "\",\"comment\":\"greeting missing\",\"items\":[" + verdicts + "]}";
    }

    @Test
    void sampleBecomesATaskThatAnEvaluationReleases() {
        String agent = "a-" + UUID.randomUUID();
        SampleSelected sample = Fixtures.shortCallSample("c-" + UUID.randomUUID(), agent, "t-1");
        String taskId = taskFor(sample);

        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(scoring(taskId, "{\"itemId\":\"S1\",\"awarded\":10,\"reason\":\"NO_GREETING\"}"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/evaluations/"))
                .body("totalScore", equalTo(95.0f), "problemFound", equalTo(false), "scorecardVersion", equalTo(1),
                        "agentId", equalTo(agent));

        await().atMost(WAIT).until(() -> !KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, agent).isEmpty());
        EvaluationReleased released = (EvaluationReleased) KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class,
                agent).get(0);
        assertEquals(new BigDecimal("95.0"), released.totalScore());
        assertEquals(sample.sampleId(), released.sampleId());
        assertEquals("e-1", released.evaluatorId());
        assertEquals("NO_GREETING", released.items().stream().filter(i -> i.itemId().equals("S1")).findFirst()
                .orElseThrow().reason());
        given().auth().oauth2(EVALUATOR).queryParam("limit", 1000).when().get("/api/v1/tasks")
                .then().body("taskId", not(hasItem(taskId)));
    }

    @Test
    void aTaskIsEvaluatedOnlyOnce() {
        String taskId = taskFor(Fixtures.shortCallSample("c-" + UUID.randomUUID(), "a-once", "t-1"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations").then().statusCode(201);

        given().auth().oauth2(TestTokens.qaLead("q-1")).contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, TestDatabase.count("select count(*) from evaluation where task_id = ?", UUID.fromString(taskId)));
    }

    @Test
    void aSampleUpdatedByAnotherRuleUpdatesItsTask() {
        SampleSelected sample = Fixtures.shortCallSample("c-" + UUID.randomUUID(), "a-upd", "t-1");
        taskFor(sample);
        List<SampleSelected.Reason> reasons = List.of(sample.reasons().get(0),
                new SampleSelected.Reason("COMPLAINT", "complaint CP-9"));

        KafkaProbe.publish(new SampleUpdated(UUID.randomUUID(), sample.occurredAt().plusSeconds(60), sample.sampleId(),
                sample.callId(), sample.agentId(), sample.teamId(), sample.queueId(), reasons.subList(1, 2), reasons,
                SampleSelected.Mode.REALTIME, SampleSelected.Priority.URGENT, sample.dueAt().minusSeconds(60)));

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from task where sample_id = ? "
                + "and priority = 'URGENT' and reasons like '%COMPLAINT%'", sample.sampleId()) == 1);
        assertEquals(1, TestDatabase.count("select count(*) from task where sample_id = ?", sample.sampleId()));
    }

    @Test
    void redeliveredSampleMakesNoSecondTask() {
        SampleSelected sample = Fixtures.shortCallSample("c-" + UUID.randomUUID(), "a-dup", "t-1");
        taskFor(sample);

        KafkaProbe.publish(sample);
        KafkaProbe.publish(new SampleSelected(UUID.randomUUID(), sample.occurredAt(), sample.sampleId(),
                sample.callId(), sample.agentId(), sample.teamId(), sample.queueId(), sample.call(), sample.reasons(),
                sample.mode(), sample.priority(), sample.selectedAt(), sample.dueAt()));
        SampleSelected marker = Fixtures.shortCallSample("c-" + UUID.randomUUID(), "a-dup", "t-1");
        taskFor(marker);

        assertEquals(1, TestDatabase.count("select count(*) from task where sample_id = ?", sample.sampleId()));
    }

    @Test
    void invalidScoringNamesEachFieldAndStoresAndPublishesNothing() {
        String agent = "a-" + UUID.randomUUID();
        String taskId = taskFor(Fixtures.shortCallSample("c-" + UUID.randomUUID(), agent, "t-1"));

        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(scoring(taskId, "{\"itemId\":\"B1\",\"awarded\":30}", "{\"itemId\":\"X1\"}"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("items[0].awarded"), "errors.field", hasItem("items[9].passed"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body("{\"items\":[]}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors.field", hasItem("taskId"), "errors.field", hasItem("items"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(scoring(UUID.randomUUID().toString()))
                .when().post("/api/v1/evaluations")
                .then().statusCode(404).body("errors[0].field", equalTo("taskId"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(scoring("not-a-uuid"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("taskId"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(scoring(taskId).substring(10))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(scoring(taskId, "{\"itemId\":\"B1\",\"awarded\":\"lots\"}"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].awarded"));

        assertEquals(0, TestDatabase.count("select count(*) from evaluation where task_id = ?", UUID.fromString(taskId)));
        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, agent).isEmpty());
    }

    @Test
    void onlyEvaluatorsLeadsAndTeamLeadsScoreAndNobodyTheirOwnCall() {
        String taskId = taskFor(Fixtures.shortCallSample("c-" + UUID.randomUUID(), "e-self", "t-1"));

        given().auth().oauth2(TestTokens.agent("a-1")).contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations").then().statusCode(401);
        given().auth().oauth2(TestTokens.teamLead("t-2")).contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations")
                .then().statusCode(403).body("detail", containsString("team"));
        given().auth().oauth2(TestTokens.evaluator("e-self")).contentType(ContentType.JSON).body(scoring(taskId))
                .when().post("/api/v1/evaluations")
                .then().statusCode(403).body("detail", containsString("own calls"));
        given().auth().oauth2(EVALUATOR).contentType("text/plain").body("x")
                .when().post("/api/v1/evaluations").then().statusCode(415);
        assertTrue(TestDatabase.count("select count(*) from evaluation where task_id = ?", UUID.fromString(taskId)) == 0);
    }

    @Test
    void aSampleLeadsToItsTaskAndAnUnknownSampleIsNotFound() {
        SampleSelected sample = Fixtures.shortCallSample("c-" + UUID.randomUUID(), "a-s", "t-1");
        String taskId = taskFor(sample);

        given().auth().oauth2(EVALUATOR).when().get("/api/v1/samples/" + sample.sampleId() + "/task")
                .then().statusCode(200).body("taskId", equalTo(taskId));
        given().auth().oauth2(EVALUATOR).when().get("/api/v1/samples/" + UUID.randomUUID() + "/task")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(EVALUATOR).when().get("/api/v1/tasks/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent("a-s")).when().get("/api/v1/samples/" + sample.sampleId() + "/task")
                .then().statusCode(403);
    }

    @Test
    void taskListIsForScorersOnly() {
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/tasks").then().statusCode(403);
        given().when().get("/api/v1/tasks").then().statusCode(401);
    }

    @Test
    void defaultScorecardIsServedWithItsVersion() {
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/scorecards/personal-qa?version=1")
                .then().statusCode(200)
                .body("version", equalTo(1), "sections.size()", equalTo(4), "sections[0].labelZh", equalTo("业务能力"));
        given().auth().oauth2(EVALUATOR).when().get("/api/v1/scorecards/nope").then().statusCode(404);
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/scorecards").then().statusCode(403);
    }
}
