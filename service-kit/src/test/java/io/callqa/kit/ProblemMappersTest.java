package io.callqa.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ProblemMappersTest {

    private static final String ACD = TestTokens.acd("acd-1");

    @Test
    void missingTokenIs401ProblemWithChallenge() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401), "detail", containsString("bearer token"));
    }

    @Test
    void forgedTokenIs401() {
        given().auth().oauth2(TestTokens.forged("acd", "mallory")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notes")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(TestTokens.agent("a-1")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void malformedJsonNamesTheBody() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON).body("{\"callId\": ")
                .when().post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"), "errors[0].message", containsString("malformed JSON"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .when().post("/api/v1/notes")
                .then().statusCode(400)
                .body("errors.field", hasItem("callId"), "errors.field", hasItem("text"));
    }

    @Test
    void emptyBodyIsNamed() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON)
                .when().post("/api/v1/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void wrongTypeNamesTheNestedField() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON)
                .body("{\"callId\":\"c\",\"text\":\"t\",\"items\":[{\"points\":1},{\"points\":\"many\"}]}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("items[1].points"));
    }

    @Test
    void outOfRangeNamesTheNestedField() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON)
                .body("{\"callId\":\"c\",\"text\":\"t\",\"items\":[{\"points\":11}]}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].points"));
    }

    @Test
    void badInstantExplainsTheFormat() {
        given().auth().oauth2(ACD).contentType(ContentType.JSON)
                .body("{\"callId\":\"c\",\"text\":\"t\",\"at\":\"yesterday\"}")
                .when().post("/api/v1/notes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("at"), "errors[0].message", containsString("ISO-8601"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().auth().oauth2(ACD).contentType(ContentType.TEXT).body("callId=c")
                .when().post("/api/v1/notes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("Content-Type"));
    }

    @Test
    void badQueryParameterIsNamed() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("team", "x")
                .when().get("/api/v1/notes/agents/a-1")
                .then().statusCode(400).body("errors[0].field", equalTo("team"));
    }

    @Test
    void agentSeesOnlyThemself() {
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/notes/agents/a-1")
                .then().statusCode(200).body(equalTo("a-1"));
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/notes/agents/a-2")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void roleWithoutItsClaimSeesNothing() {
        given().auth().oauth2(TestTokens.withRoles("lead-without-team", "team-lead")).queryParam("team", "t-1")
                .when().get("/api/v1/notes/agents/a-9")
                .then().statusCode(403).body("detail", containsString("teamId"));
        given().auth().oauth2(TestTokens.withRoles("agent-without-id", "agent"))
                .when().get("/api/v1/notes/agents/agent-without-id")
                .then().statusCode(403).body("detail", containsString("agentId"));
    }

    @Test
    void teamLeadSeesTheirTeam() {
        given().auth().oauth2(TestTokens.teamLead("t-1")).queryParam("team", "t-1")
                .when().get("/api/v1/notes/agents/a-9").then().statusCode(200);
        given().auth().oauth2(TestTokens.teamLead("t-1")).queryParam("team", "t-2")
                .when().get("/api/v1/notes/agents/a-9").then().statusCode(403);
    }
}
