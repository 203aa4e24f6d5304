package io.callqa.feedback.floorwalks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(InfraResource.class)
class FloorWalkTest {

    private static final String EVALUATOR = TestTokens.evaluator("e-walk");

    @Inject
    FloorWalks walks;

    private static String body(String agent, String team, String at, String issue) {
        return "{\"agentId\":" + quoted(agent) + ",\"teamId\":" + quoted(team)
                + (at == null ? "" : ",\"at\":" + quoted(at)) + ",\"issue\":" + quoted(issue)
                + ",\"answerGiven\":\"按知识库第3条答复\",\"comment\":\"答复准确\",\"knowledgeGap\":false}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static long stored(String agent) {
        return TestDatabase.count("select count(*) from floor_walk where agent_id = ?", agent);
    }

    @Test
    void aWalkIsRecordedAndFoundAtItsLocation() {
        String agent = "a-" + UUID.randomUUID();
        String at = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();

        String location = given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body(body(agent, "t-1", at, "宽带资费怎么算？")).when().post("/api/v1/floor-walks").then()
                .statusCode(201).header("Location", endsWith("/api/v1/floor-walks/"
                        + TestDatabase.text("select floor_walk_id::text from floor_walk where agent_id = ?", agent)))
                .body("agentId", equalTo(agent), "at", equalTo(at), "recordedBy", equalTo("e-walk"),
                        "answerGiven", equalTo("按知识库第3条答复"), "knowledgeGap", equalTo(false))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.agent(agent)).when().get(location).then().statusCode(200)
                .body("issue", equalTo("宽带资费怎么算？"), "comment", equalTo("答复准确"));
        given().auth().oauth2(TestTokens.agent("a-other")).when().get(location).then().statusCode(404);
        assertEquals(0, TestDatabase.count("select count(*) from knowledge_gap where agent_id = ?", agent));
    }

    @Test
    void atDefaultsToNow() {
        String agent = "a-" + UUID.randomUUID();
        Instant before = Instant.now();

        String at = given().auth().oauth2(TestTokens.qaLead("q-walk")).contentType(ContentType.JSON)
                .body(body(agent, "t-1", null, "怎么改套餐？")).when().post("/api/v1/floor-walks").then()
                .statusCode(201).extract().jsonPath().getString("at");

        assertEquals(true, !Instant.parse(at).isBefore(before.truncatedTo(ChronoUnit.MILLIS)));
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() {
        String agent = "a-" + UUID.randomUUID();
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body(agent, "t-1", future, "x"))
                .when().post("/api/v1/floor-walks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body(agent, "t-1", "yesterday", "x"))
                .when().post("/api/v1/floor-walks").then().statusCode(400).body("errors[0].field", equalTo("at"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body(agent, "t-1", null, " "))
                .when().post("/api/v1/floor-walks").then().statusCode(400).body("errors[0].field", equalTo("issue"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body(null, null, null, "x"))
                .when().post("/api/v1/floor-walks").then().statusCode(400)
                .body("errors[0].field", equalTo("agentId"), "errors[1].field", equalTo("teamId"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON)
                .body("{\"agentId\":\"" + agent + "\",\"teamId\":\"t-1\",\"issue\":\"x\",\"knowledgeGap\":\"maybe\"}")
                .when().post("/api/v1/floor-walks").then().statusCode(400)
                .body("errors[0].field", equalTo("knowledgeGap"));
        given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).when().post("/api/v1/floor-walks").then()
                .statusCode(400).body("errors[0].field", equalTo("body"));

        assertEquals(0, stored(agent));
    }

    @Test
    void aTeamLeadRecordsWalksOfTheirOwnTeamOnly() {
        String agent = "a-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.teamLead("t-5")).contentType(ContentType.JSON)
                .body(body(agent, "t-6", null, "x")).when().post("/api/v1/floor-walks").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON)
                .body(body(agent, "t-5", null, "x")).when().post("/api/v1/floor-walks").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin("adm")).contentType(ContentType.JSON)
                .body(body(agent, "t-5", null, "x")).when().post("/api/v1/floor-walks").then().statusCode(403);
        assertEquals(0, stored(agent));

        given().auth().oauth2(TestTokens.teamLead("t-5")).contentType(ContentType.JSON)
                .body(body(agent, "t-5", null, "x")).when().post("/api/v1/floor-walks").then().statusCode(201)
                .body("recordedBy", equalTo("lead-t-5"));
        assertEquals(1, stored(agent));
    }

    @Test
    void eachCallerListsTheWalksInTheirScope() throws Throwable {
        String team = "t-" + UUID.randomUUID();
        String agent = "a-" + UUID.randomUUID();
        String colleague = "a-" + UUID.randomUUID();
        Instant t = Instant.parse("2026-10-05T02:00:00Z");
        for (String[] walk : new String[][] {{agent, t.toString()}, {agent, t.plusSeconds(3600).toString()},
                {colleague, t.plusSeconds(60).toString()}}) {
            given().auth().oauth2(EVALUATOR).contentType(ContentType.JSON).body(body(walk[0], team, walk[1], "x"))
                    .when().post("/api/v1/floor-walks").then().statusCode(201);
        }

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/floor-walks").then().statusCode(200)
                .body("total", equalTo(2), "floorWalks[0].at", equalTo(t.plusSeconds(3600).toString()));
        List<FloorWalkView> forFile = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> walks.forAgent(agent)));
        assertEquals(List.of(t.plusSeconds(3600), t), forFile.stream().map(FloorWalkView::at).toList());
        given().auth().oauth2(TestTokens.agent(agent)).queryParam("agentId", colleague).when()
                .get("/api/v1/floor-walks").then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/floor-walks").then().statusCode(200)
                .body("total", equalTo(3));
        given().auth().oauth2(TestTokens.teamLead("t-other")).queryParam("teamId", team).when()
                .get("/api/v1/floor-walks").then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-other")).queryParam("agentId", agent).when()
                .get("/api/v1/floor-walks").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.qaLead("q-walk")).queryParam("teamId", team)
                .queryParam("from", "2026-10-05T10:00:00+08:00").queryParam("to", "2026-10-05T10:30:00+08:00")
                .when().get("/api/v1/floor-walks").then().statusCode(200)
                .body("total", equalTo(2), "floorWalks.agentId", equalTo(List.of(colleague, agent)));
        given().auth().oauth2(TestTokens.qaLead("q-walk")).queryParam("from", "soon").when()
                .get("/api/v1/floor-walks").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/floor-walks").then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-walk")).when().get("/api/v1/floor-walks/" + UUID.randomUUID())
                .then().statusCode(404).body("detail", startsWith("no floor walk"));
    }
}
