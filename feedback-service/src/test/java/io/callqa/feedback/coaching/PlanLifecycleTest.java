package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.CoachingApi.WAIT;
import static io.callqa.feedback.coaching.CoachingApi.create;
import static io.callqa.feedback.coaching.CoachingApi.plans;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CoachingCompleted;
import io.callqa.events.FeedbackEvent;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class PlanLifecycleTest {

    private static final String QA = TestTokens.qaLead("q-life");

    private static List<CoachingCompleted> completed(String agent, String planId) {
        return KafkaProbe.events(Topics.FEEDBACK, FeedbackEvent.class, agent).stream()
                .filter(e -> e instanceof CoachingCompleted c && c.planId().toString().equals(planId))
                .map(CoachingCompleted.class::cast).toList();
    }

    @Test
    void aTeamLeadCarriesAPlanThroughAndCompletingPublishesCoachingCompletedOnce() {
        String agent = "a-" + UUID.randomUUID();
        String lead = TestTokens.teamLead("t-life");
        String me = TestTokens.agent(agent);
        CoachingApi.onRoster(agent, "t-life");

        String planId = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body("{\"agentId\":\"" + agent + "\",\"teamId\":\"t-life\",\"weakItems\":[\"S1\",\"B2\"],"
                        + "\"goalKind\":\"AVERAGE_AT_LEAST\",\"goalAverage\":88,\"recheckCount\":4}")
                .when().post("/api/v1/coaching-plans").then().statusCode(201)
                .header("Location", endsWith("/api/v1/coaching-plans/" + given().auth().oauth2(QA)
                        .queryParam("agentId", agent).when().get("/api/v1/coaching-plans").then().extract()
                        .jsonPath().getString("[0].planId")))
                .body("trigger", equalTo("MANUAL"), "state", equalTo("OPEN"), "createdBy", equalTo("lead-t-life"),
                        "coachRole", equalTo("TEAM_LEAD"), "goalAverage", equalTo(88.0f), "recheckCount", equalTo(4),
                        "tasks", hasSize(6), "tasks[3].link", equalTo("/api/v1/library?item=B2"),
                        "overdue", equalTo(false))
                .extract().jsonPath().getString("planId");

        given().auth().oauth2(me).when().get("/api/v1/coaching-plans/{id}", planId).then().statusCode(200)
                .body("weakItems", equalTo(List.of("S1", "B2")));
        given().auth().oauth2(me).when().get("/api/v1/coaching-plans").then().statusCode(200)
                .body("planId", equalTo(List.of(planId)));
        given().auth().oauth2(lead).queryParam("state", "OPEN").when().get("/api/v1/coaching-plans").then()
                .statusCode(200).body("planId", org.hamcrest.Matchers.hasItem(planId));

        given().auth().oauth2(me).when().post("/api/v1/coaching-plans/{id}/start", planId).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS"), "history[1].from", equalTo("OPEN"),
                        "history[1].to", equalTo("IN_PROGRESS"), "history[1].by", equalTo(agent));
        given().auth().oauth2(lead).when().post("/api/v1/coaching-plans/{id}/complete", planId).then()
                .statusCode(409).body("detail", containsString("6 task(s) not done"));
        List<String> tasks = given().auth().oauth2(me).when().get("/api/v1/coaching-plans/{id}", planId).then()
                .extract().jsonPath().getList("tasks.taskId");
        for (String task : tasks) {
            given().auth().oauth2(tasks.indexOf(task) % 2 == 0 ? me : lead).when()
                    .post("/api/v1/coaching-plans/{id}/tasks/{t}/done", planId, task).then().statusCode(200);
        }
        given().auth().oauth2(me).when().get("/api/v1/coaching-plans/{id}", planId).then()
                .body("tasks.done", equalTo(List.of(true, true, true, true, true, true)),
                        "tasks[1].doneBy", equalTo("lead-t-life"));

        given().auth().oauth2(me).when().post("/api/v1/coaching-plans/{id}/complete", planId).then().statusCode(403);
        given().auth().oauth2(lead).when().post("/api/v1/coaching-plans/{id}/complete", planId).then()
                .statusCode(200).body("state", equalTo("COMPLETED"));
        given().auth().oauth2(lead).when().post("/api/v1/coaching-plans/{id}/complete", planId).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("COMPLETED"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body("{\"lockVersion\":0,\"dueAt\":\"2099-01-01T00:00:00Z\"}")
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(409)
                .body("detail", containsString("the plan is COMPLETED"));

        await().atMost(WAIT).until(() -> completed(agent, planId).size() == 1);
        CoachingCompleted event = completed(agent, planId).get(0);
        assertEquals(List.of("S1", "B2"), event.weakItems());
        assertEquals(CoachingCompleted.GoalKind.AVERAGE_AT_LEAST, event.goalKind());
        assertEquals(0, new java.math.BigDecimal("88.0").compareTo(event.goalAverage()));
        assertEquals(4, event.recheckCalls());
        assertEquals("lead-t-life", event.completedBy());
        assertEquals("t-life", event.teamId());
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> completed(agent, planId).size() == 1);
    }

    @Test
    void editsNeedTheCurrentLockVersionAndAnEditableState() {
        String agent = "a-" + UUID.randomUUID();
        String planId = create(QA, agent, "t-edit", "S1");

        given().auth().oauth2(QA).contentType(ContentType.JSON)
                .body("{\"lockVersion\":0,\"weakItems\":[\"S1\",\"C3\"],\"goalKind\":\"AVERAGE_AT_LEAST\","
                        + "\"goalAverage\":90,\"coachId\":\"q-coach\",\"coachRole\":\"QA_LEAD\"}")
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(200)
                .body("weakItems", equalTo(List.of("S1", "C3")), "tasks", hasSize(6), "goalKind",
                        equalTo("AVERAGE_AT_LEAST"), "goalAverage", equalTo(90.0f), "coachId", equalTo("q-coach"),
                        "coachRole", equalTo("QA_LEAD"), "lockVersion", equalTo(1));
        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"lockVersion\":0,\"recheckCount\":5}")
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(409)
                .body("detail", containsString("lockVersion 1, you sent 0"));

        String firstTask = given().auth().oauth2(QA).when().get("/api/v1/coaching-plans/{id}", planId).then()
                .extract().jsonPath().getString("tasks[0].taskId");
        given().auth().oauth2(QA).contentType(ContentType.JSON)
                .body("{\"lockVersion\":1,\"tasks\":[{\"taskId\":\"" + firstTask + "\",\"itemId\":\"S1\","
                        + "\"kind\":\"ROLE_PLAY\",\"description\":\"angry caller\"},{\"itemId\":\"C3\",\"kind\":\"LISTEN_EXCELLENT\"}]}")
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(200)
                .body("tasks", hasSize(2), "tasks[0].taskId", equalTo(firstTask), "tasks[0].description",
                        equalTo("angry caller"), "tasks[1].link", equalTo("/api/v1/library?item=C3"));

        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"reason\":\"agent moved to back office\"}")
                .when().post("/api/v1/coaching-plans/{id}/close", planId).then().statusCode(200)
                .body("state", equalTo("CLOSED"), "closeReason", equalTo("agent moved to back office"));
        given().auth().oauth2(QA).when().post("/api/v1/coaching-plans/{id}/start", planId).then().statusCode(409)
                .body("detail", containsString("the plan is CLOSED"));
        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post("/api/v1/coaching-plans/{id}/close", planId).then().statusCode(409);
    }

    @Test
    void eachRoleSeesAndDoesOnlyWhatItMay() {
        String agent = "a-" + UUID.randomUUID();
        String body = "{\"agentId\":\"" + agent + "\",\"teamId\":\"t-own\",\"weakItems\":[\"S1\"]}";
        given().auth().oauth2(TestTokens.teamLead("t-other")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/coaching-plans").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/coaching-plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/coaching-plans").then().statusCode(403);
        assertEquals(0, plans(agent));

        String planId = create(TestTokens.admin("admin-1"), agent, "t-own", "S1");
        String other = TestTokens.teamLead("t-other");
        given().auth().oauth2(TestTokens.agent("someone-else")).when().get("/api/v1/coaching-plans/{id}", planId)
                .then().statusCode(403);
        given().auth().oauth2(other).when().get("/api/v1/coaching-plans/{id}", planId).then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-1")).when().get("/api/v1/coaching-plans/{id}", planId)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.teamLead("t-own")).when().get("/api/v1/coaching-plans/{id}", planId)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.agent("someone-else")).queryParam("agentId", agent)
                .when().get("/api/v1/coaching-plans").then().statusCode(403);
        given().auth().oauth2(other).queryParam("teamId", "t-own").when().get("/api/v1/coaching-plans").then()
                .statusCode(403);
        given().auth().oauth2(other).queryParam("agentId", agent).when().get("/api/v1/coaching-plans").then()
                .statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.acd("acd-1")).when().get("/api/v1/coaching-plans").then().statusCode(403);
        given().when().get("/api/v1/coaching-plans").then().statusCode(401);

        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"lockVersion\":0,\"recheckCount\":2}")
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(403);
        given().auth().oauth2(other).when().post("/api/v1/coaching-plans/{id}/start", planId).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("someone-else")).when()
                .post("/api/v1/coaching-plans/{id}/start", planId).then().statusCode(403);
        String task = given().auth().oauth2(QA).when().get("/api/v1/coaching-plans/{id}", planId).then()
                .extract().jsonPath().getString("tasks[0].taskId");
        given().auth().oauth2(other).when().post("/api/v1/coaching-plans/{id}/tasks/{t}/done", planId, task).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.admin("admin-1")).when()
                .post("/api/v1/coaching-plans/{id}/tasks/{t}/done", planId, task).then().statusCode(403);
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .when().post("/api/v1/coaching-plans/{id}/close", planId).then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-own")).when().post("/api/v1/coaching-plans/{id}/start", planId)
                .then().statusCode(200);
        given().auth().oauth2(other).when().post("/api/v1/coaching-plans/{id}/complete", planId).then().statusCode(403);
    }

    @Test
    void aTeamLeadCannotOpenAPlanForAnotherTeamsAgentByNamingTheirOwnTeam() {
        String agent = "a-" + UUID.randomUUID();
        String unknown = "a-" + UUID.randomUUID();
        CoachingApi.onRoster(agent, "t-theirs");
        String mine = "{\"agentId\":\"" + agent + "\",\"teamId\":\"t-mine\",\"weakItems\":[\"S1\"]}";

        given().auth().oauth2(TestTokens.teamLead("t-mine")).contentType(ContentType.JSON).body(mine)
                .when().post("/api/v1/coaching-plans").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.teamLead("t-mine")).contentType(ContentType.JSON)
                .body(mine.replace(agent, unknown)).when().post("/api/v1/coaching-plans").then().statusCode(403);
        given().auth().oauth2(QA).contentType(ContentType.JSON).body(mine)
                .when().post("/api/v1/coaching-plans").then().statusCode(400).body("errors[0].field", equalTo("teamId"));
        assertEquals(0, plans(agent));
        assertEquals(0, plans(unknown));
    }

    @Test
    void unknownPlansAndTasksAre404() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(QA).when().get("/api/v1/coaching-plans/{id}", unknown).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown));
        given().auth().oauth2(QA).when().post("/api/v1/coaching-plans/{id}/start", unknown).then().statusCode(404);
        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"lockVersion\":0}")
                .when().patch("/api/v1/coaching-plans/{id}", unknown).then().statusCode(404);
        String planId = create(QA, "a-" + UUID.randomUUID(), "t-404", "S1");
        given().auth().oauth2(QA).when().post("/api/v1/coaching-plans/{id}/tasks/{t}/done", planId, unknown)
                .then().statusCode(404).body("detail", containsString("no task " + unknown));
        given().auth().oauth2(QA).when().get("/api/v1/coaching-plans/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("planId"));
    }
}
