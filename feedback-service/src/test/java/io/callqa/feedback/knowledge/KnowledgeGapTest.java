package io.callqa.feedback.knowledge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.feedback.library.LibraryFixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class KnowledgeGapTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LEAD = TestTokens.qaLead("q-kb");

    private static String gapOf(String agent) {
        return TestDatabase.text("select gap_id::text from knowledge_gap where agent_id = ?", agent);
    }

    private static long gaps(String agent) {
        return TestDatabase.count("select count(*) from knowledge_gap where agent_id = ?", agent);
    }

    private static EvaluationReleased withB1(String agent, String reason) {
        List<ItemResult> items = LibraryFixtures.fullMarks(false);
        items.set(0, LibraryFixtures.deducted("B1", "BUSINESS", 25, 15, reason, "携号转网条件答错",
                "这个应该可以转吧"));
        return LibraryFixtures.released(agent, "t-3", "90.0", false, false, items);
    }

    @Test
    void aFloorWalkMarkedAsAGapOpensOne() {
        String agent = "a-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-10-07T03:00:00Z").plusSeconds(Math.abs(agent.hashCode() % 3600));
        String walkId = given().auth().oauth2(TestTokens.teamLead("t-3")).contentType(ContentType.JSON)
                .body("{\"agentId\":\"" + agent + "\",\"teamId\":\"t-3\",\"at\":\"" + at + "\","
                        + "\"issue\":\"国际漫游包能否叠加？\",\"answerGiven\":\"请示班长后答复不能\","
                        + "\"comment\":\"知识库无此条\",\"knowledgeGap\":true,\"topic\":\"国际漫游\"}")
                .when().post("/api/v1/floor-walks").then().statusCode(201).extract().jsonPath().getString("floorWalkId");

        given().auth().oauth2(TestTokens.evaluator("e-kb")).queryParam("status", "OPEN")
                .queryParam("from", at.minusSeconds(1).toString()).queryParam("to", at.plusSeconds(1).toString())
                .when().get("/api/v1/knowledge-gaps").then().statusCode(200)
                .body("gaps.find { it.floorWalkId == '" + walkId + "' }.source", equalTo("FLOOR_WALK"),
                        "gaps.find { it.floorWalkId == '" + walkId + "' }.question", equalTo("国际漫游包能否叠加？"),
                        "gaps.find { it.floorWalkId == '" + walkId + "' }.topic", equalTo("国际漫游"),
                        "gaps.find { it.floorWalkId == '" + walkId + "' }.answerGiven", equalTo("请示班长后答复不能"),
                        "gaps.find { it.floorWalkId == '" + walkId + "' }.teamId", equalTo("t-3"),
                        "gaps.find { it.floorWalkId == '" + walkId + "' }.occurredAt", equalTo(at.toString()));
    }

    @Test
    void anEvaluationDeductingTheKnowledgeBaseItemOpensOneGapDespiteRedelivery() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = withB1(agent, "NO_KNOWLEDGE_BASE");
        KafkaProbe.publish(e);
        await().atMost(WAIT).until(() -> gaps(agent) == 1);
        KafkaProbe.publish(e);
        KafkaProbe.publish(LibraryFixtures.again(e));
        EvaluationReleased other = withB1(agent, "INCOMPLETE_ANSWER");
        KafkaProbe.publish(other);
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where evaluation_id = ?", other.evaluationId()) == 1);

        assertEquals(1, gaps(agent));
        String gap = gapOf(agent);
        given().auth().oauth2(LEAD).queryParam("size", 500).when().get("/api/v1/knowledge-gaps").then()
                .statusCode(200)
                .body("gaps.find { it.gapId == '" + gap + "' }.source", equalTo("EVALUATION"),
                        "gaps.find { it.gapId == '" + gap + "' }.itemId", equalTo("B1"),
                        "gaps.find { it.gapId == '" + gap + "' }.comment", equalTo("携号转网条件答错"),
                        "gaps.find { it.gapId == '" + gap + "' }.quote", equalTo("这个应该可以转吧"),
                        "gaps.find { it.gapId == '" + gap + "' }.evaluationId", equalTo(e.evaluationId().toString()),
                        "gaps.find { it.gapId == '" + gap + "' }.status", equalTo("OPEN"));
    }

    @Test
    void aQaLeadResolvesAGapOnce() {
        String agent = "a-" + UUID.randomUUID();
        KafkaProbe.publish(withB1(agent, "NO_KNOWLEDGE_BASE"));
        await().atMost(WAIT).until(() -> gaps(agent) == 1);
        String gap = gapOf(agent);
        String resolve = "/api/v1/knowledge-gaps/" + gap + "/resolve";

        given().auth().oauth2(TestTokens.evaluator("e-kb")).contentType(ContentType.JSON).body("{}").when()
                .post(resolve).then().statusCode(403);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"note\":\"知识库已补充携号转网条件\"}")
                .when().post(resolve).then().statusCode(200)
                .body("status", equalTo("RESOLVED"), "resolvedBy", equalTo("q-kb"),
                        "resolutionNote", equalTo("知识库已补充携号转网条件"));
        given().auth().oauth2(TestTokens.admin("adm")).contentType(ContentType.JSON).body("{}").when()
                .post(resolve).then().statusCode(409).body("detail", containsString("already resolved by q-kb"));
        given().auth().oauth2(LEAD).queryParam("status", "RESOLVED").queryParam("size", 500).when()
                .get("/api/v1/knowledge-gaps").then().statusCode(200)
                .body("gaps.find { it.gapId == '" + gap + "' }.status", equalTo("RESOLVED"));
        assertEquals("RESOLVED", TestDatabase.text("select status from knowledge_gap where gap_id = ?::uuid", gap));
    }

    @Test
    void theListIsForQaStaffAndBadParametersAreNamed() {
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/knowledge-gaps").then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-1")).when().get("/api/v1/knowledge-gaps").then().statusCode(403);
        given().auth().oauth2(LEAD).queryParam("status", "CLOSED").when().get("/api/v1/knowledge-gaps").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(LEAD).queryParam("from", "2026-10-02T00:00:00Z").queryParam("to", "2026-10-01T00:00:00Z")
                .when().get("/api/v1/knowledge-gaps").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when()
                .post("/api/v1/knowledge-gaps/" + UUID.randomUUID() + "/resolve").then().statusCode(404);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when()
                .post("/api/v1/knowledge-gaps/not-a-uuid/resolve").then().statusCode(400)
                .body("errors[0].field", equalTo("gapId"));
    }
}
