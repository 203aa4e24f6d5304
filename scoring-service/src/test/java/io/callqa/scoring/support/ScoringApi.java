package io.callqa.scoring.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.SampleSelected;
import io.callqa.scoring.scorecards.DefaultScorecard;
import io.callqa.scoring.scorecards.ItemKind;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Drives the scoring service's REST API in tests: tasks from samples, scorings, evaluations. */
public final class ScoringApi {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private ScoringApi() {
    }

    /** Publishes a short-call sample of the agent (team t-1) and waits for its task; returns the task id. */
    public static String task(String agentId) {
        SampleSelected sample = Fixtures.shortCallSample("c-" + UUID.randomUUID(), agentId, "t-1");
        KafkaProbe.publish(sample);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from task where sample_id = ?",
                sample.sampleId()) == 1);
        return TestDatabase.text("select cast(task_id as text) from task where sample_id = ?", sample.sampleId());
    }

    /** The verdicts of every item of the default card at full marks, except those given (as JSON objects). */
    public static String items(String... overrides) {
        return "[" + DefaultScorecard.v1().items().stream().map(i -> {
            for (String override : overrides) {
                if (override.contains("\"" + i.id() + "\"")) {
                    return override;
                }
            }
            return i.kind() == ItemKind.CRITICAL ? "{\"itemId\":\"" + i.id() + "\",\"passed\":true}"
                    : "{\"itemId\":\"" + i.id() + "\",\"awarded\":" + i.maxPoints() + "}";
        }).collect(Collectors.joining(",")) + "]";
    }

    /** A scoring of the task; {@code submit} false keeps it a draft. */
    public static String scoring(String taskId, boolean submit, String... overrides) {
        return "{\"taskId\":\"" + taskId + "\",\"submit\":" + submit + ",\"comment\":\"ok\",\"items\":"
                + items(overrides) + "}";
    }

    /** A scoring that finds a problem: the red line S4 (banned phrase) failed. */
    public static final String BANNED = "{\"itemId\":\"S4\",\"passed\":false,\"reason\":\"BANNED_PHRASE\","
            + "\"comment\":\"说了禁语\",\"quote\":{\"offsetMs\":61000,\"text\":\"这不归我管。\"}}";

    /** Scores the task as {@code evaluator} and answers the evaluation as the API returned it. */
    public static JsonPath evaluate(String evaluator, String taskId, boolean submit, String... overrides) {
        return given().auth().oauth2(TestTokens.evaluator(evaluator)).contentType(ContentType.JSON)
                .body(scoring(taskId, submit, overrides))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201).extract().jsonPath();
    }
}
