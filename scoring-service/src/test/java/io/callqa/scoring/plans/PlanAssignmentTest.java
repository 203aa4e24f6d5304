package io.callqa.scoring.plans;

import static io.callqa.scoring.support.ScoringApi.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.kit.center.CenterConfig;
import io.callqa.scoring.support.ScoringApi;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(InfraResource.class)
class PlanAssignmentTest {

    private static final String LEAD = TestTokens.qaLead("q-plan");

    @Inject
    Clock clock;
    @Inject
    CenterConfig center;

    private String month() {
        return MonthKey.of(clock.instant(), center.zone()).toString();
    }

    /** Other classes' tasks are finished with; they would otherwise fill this test's plans. */
    @BeforeEach
    void closeOtherTasks() {
        TestDatabase.execute("update task set status = 'DONE' where status = 'OPEN'");
    }

    @AfterEach
    void removePlans() {
        TestDatabase.execute("delete from qa_plan");
        TestDatabase.execute("update task set assignee = null, assigned_at = null where status = 'OPEN'");
    }

    private void plan(String body) {
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + month()).then().statusCode(200);
    }

    @Test
    void withoutAPlanTasksWaitInTheSharedQueueForAnyEvaluatorToClaim() {
        String taskId = task("a-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.evaluator("e-p1")).queryParam("assignee", "none").queryParam("limit", 1000)
                .when().get("/api/v1/tasks").then().statusCode(200).body("taskId", hasItem(taskId));
        given().auth().oauth2(TestTokens.evaluator("e-p1")).when().post("/api/v1/tasks/" + taskId + "/claim")
                .then().statusCode(200).body("assignee", equalTo("e-p1"));
        given().auth().oauth2(TestTokens.evaluator("e-p2")).when().post("/api/v1/tasks/" + taskId + "/claim")
                .then().statusCode(409).body("detail", containsString("e-p1"));
        given().auth().oauth2(TestTokens.evaluator("e-p1")).queryParam("assignee", "me").when().get("/api/v1/tasks")
                .then().body("taskId", hasItem(taskId)).body("assignee", everyItem(equalTo("e-p1")));
        given().auth().oauth2(TestTokens.evaluator("e-p2")).when().post("/api/v1/tasks/" + taskId + "/release")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-p1")).when().post("/api/v1/tasks/" + taskId + "/release")
                .then().statusCode(200).body("assignee", equalTo(null));
    }

    @Test
    void aPlanHandsWaitingAndNewTasksToTheLeastLoadedPersonButNeverTheAgentThemself() {
        String agent = "e-p3";
        plan("{\"targets\":[{\"personId\":\"e-p3\",\"target\":100},{\"personId\":\"e-p4\",\"target\":100}]}");

        String first = task(agent);
        String second = task(agent);

        assertEquals("e-p4", TestDatabase.text("select assignee from task where task_id = cast(? as uuid)", first));
        assertEquals("e-p4", TestDatabase.text("select assignee from task where task_id = cast(? as uuid)", second));
        String other = task("a-" + UUID.randomUUID());
        assertEquals("e-p3", TestDatabase.text("select assignee from task where task_id = cast(? as uuid)", other));
        given().auth().oauth2(TestTokens.evaluator("e-p3")).queryParam("assignee", "me").when().get("/api/v1/tasks")
                .then().body("taskId", hasItem(other)).body("taskId", not(hasItem(first)));
        given().auth().oauth2(TestTokens.evaluator("e-p3")).queryParam("assignee", "e-p4").when().get("/api/v1/tasks")
                .then().statusCode(403);
        given().auth().oauth2(LEAD).when().get("/api/v1/plans/" + month()).then().statusCode(200)
                .body("people.find { it.personId == 'e-p4' }.open", equalTo(2))
                .body("people.find { it.personId == 'e-p4' }.target", equalTo(100))
                .body("people.find { it.personId == 'e-p4' }.completionPercent", equalTo(0.0f));
    }

    @Test
    void anAssignedTaskIsScoredByItsAssigneeOrReassignedByAQaLead() {
        plan("{\"targets\":[{\"personId\":\"e-p5\",\"target\":10}]}");
        String taskId = task("a-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.evaluator("e-p6")).contentType(ContentType.JSON)
                .body(ScoringApi.scoring(taskId, true)).when().post("/api/v1/evaluations")
                .then().statusCode(409).body("detail", containsString("assigned to e-p5"));
        given().auth().oauth2(TestTokens.evaluator("e-p6")).when().get("/api/v1/tasks/" + taskId).then().statusCode(404);
        given().auth().oauth2(TestTokens.evaluator("e-p5")).when().get("/api/v1/tasks/" + taskId).then().statusCode(200);
        given().auth().oauth2(LEAD).when().get("/api/v1/tasks/" + taskId).then().statusCode(200);
        given().auth().oauth2(TestTokens.evaluator("e-p5")).contentType(ContentType.JSON)
                .body("{\"assignee\":\"e-p6\"}").when().post("/api/v1/tasks/" + taskId + "/assignee").then().statusCode(403);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"assignee\":\" \"}")
                .when().post("/api/v1/tasks/" + taskId + "/assignee").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"assignee\":\"e-p6\"}")
                .when().post("/api/v1/tasks/" + taskId + "/assignee").then().statusCode(200)
                .body("assignee", equalTo("e-p6"));
        ScoringApi.evaluate("e-p6", taskId, true);

        given().auth().oauth2(TestTokens.evaluator("e-p5")).when().get("/api/v1/plans/" + month()).then()
                .body("people[0].done", equalTo(0));
    }

    @Test
    void planProgressCountsDoneWorkAgainstTheTarget() {
        plan("{\"targets\":[{\"evaluatorId\":\"e-p7\",\"target\":3}]}");
        String taskId = task("a-" + UUID.randomUUID());
        ScoringApi.evaluate("e-p7", taskId, true);

        given().auth().oauth2(LEAD).when().get("/api/v1/plans/" + month()).then().statusCode(200)
                .body("people[0].personId", equalTo("e-p7"), "people[0].done", equalTo(1),
                        "people[0].open", equalTo(0), "people[0].completionPercent", equalTo(33.3f));
    }

    @Test
    void badPlansNameTheFieldAndChangeNothing() {
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"targets\":[{\"personId\":\"x\",\"target\":1}]}")
                .when().put("/api/v1/plans/2026-13").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"targets\":[{\"personId\":\"x\",\"target\":0}]}")
                .when().put("/api/v1/plans/" + month()).then().statusCode(400)
                .body("errors[0].field", equalTo("targets[0].target"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body("{\"targets\":[{\"personId\":\"x\",\"target\":1},{\"personId\":\"x\",\"target\":2}]}")
                .when().put("/api/v1/plans/" + month()).then().statusCode(400)
                .body("errors[0].field", equalTo("targets[1].personId"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"targets\":[]}")
                .when().put("/api/v1/plans/" + month()).then().statusCode(400).body("errors[0].field", equalTo("targets"));
        given().auth().oauth2(TestTokens.evaluator("e-p1")).contentType(ContentType.JSON)
                .body("{\"targets\":[{\"personId\":\"x\",\"target\":1}]}")
                .when().put("/api/v1/plans/" + month()).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/plans/" + month()).then().statusCode(403);

        assertEquals(0, TestDatabase.count("select count(*) from qa_plan"));
        given().auth().oauth2(LEAD).when().get("/api/v1/plans/" + month()).then().statusCode(404);
    }
}
