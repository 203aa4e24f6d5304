package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.CoachingApi.create;
import static io.callqa.feedback.coaching.CoachingApi.plans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every bad body gets a 400 naming its field, and nothing is stored or changed. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PlanInputTest {

    private static final String QA = TestTokens.qaLead("q-input");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"teamId\":\"t\",\"weakItems\":[\"S1\"]}|agentId",
            "{\"agentId\":\"AGENT\",\"weakItems\":[\"S1\"]}|teamId",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[]}|weakItems",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\"}|weakItems",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\",\"S1\"]}|weakItems[1]",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\",\" \"]}|weakItems[1]",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"goalKind\":\"SOMETIMES\"}|goalKind",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"goalKind\":\"AVERAGE_AT_LEAST\"}|goalAverage",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"goalAverage\":85}|goalAverage",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"goalKind\":\"AVERAGE_AT_LEAST\",\"goalAverage\":101}|goalAverage",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"recheckCount\":0}|recheckCount",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"dueAt\":\"2020-01-01T00:00:00Z\"}|dueAt",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"dueAt\":\"next week\"}|dueAt",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":[\"S1\"],\"coachRole\":\"MENTOR\"}|coachRole",
            "{\"agentId\":\"AGENT\",\"teamId\":\"t\",\"weakItems\":\"S1\"}|weakItems"})
    void aBadPlanIsRefusedNamingTheFieldAndNothingIsStored(String body, String field) {
        String agent = "a-" + UUID.randomUUID();

        given().auth().oauth2(QA).contentType(ContentType.JSON).body(body.replace("AGENT", agent))
                .when().post("/api/v1/coaching-plans").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));

        assertEquals(0, plans(agent));
    }

    @Test
    void aMissingOrMalformedBodyIsRefused() {
        given().auth().oauth2(QA).contentType(ContentType.JSON).when().post("/api/v1/coaching-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"agentId\":").when()
                .post("/api/v1/coaching-plans").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"weakItems\":[\"S1\"]}|lockVersion",
            "{\"lockVersion\":0,\"weakItems\":[]}|weakItems",
            "{\"lockVersion\":0,\"goalKind\":\"AVERAGE_AT_LEAST\"}|goalAverage",
            "{\"lockVersion\":0,\"dueAt\":\"2020-01-01T00:00:00Z\"}|dueAt",
            "{\"lockVersion\":0,\"tasks\":[{\"itemId\":\"X9\",\"kind\":\"ROLE_PLAY\"}]}|tasks[0].itemId",
            "{\"lockVersion\":0,\"tasks\":[{\"itemId\":\"S1\"}]}|tasks[0].kind",
            "{\"lockVersion\":0,\"tasks\":[{\"taskId\":\"00000000-0000-0000-0000-000000000000\",\"itemId\":\"S1\",\"kind\":\"ROLE_PLAY\"}]}|tasks[0].taskId"})
    void aBadEditIsRefusedNamingTheFieldAndChangesNothing(String body, String field) {
        String planId = create(QA, "a-" + UUID.randomUUID(), "t-in", "S1");

        given().auth().oauth2(QA).contentType(ContentType.JSON).body(body)
                .when().patch("/api/v1/coaching-plans/{id}", planId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));

        assertEquals(0, TestDatabase.count("select lock_version from coaching_plan where plan_id = cast(? as uuid)",
                planId));
    }

    @Test
    void closingNeedsAReasonAndListingAKnownState() {
        String planId = create(QA, "a-" + UUID.randomUUID(), "t-in", "S1");

        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{\"reason\":\"  \"}")
                .when().post("/api/v1/coaching-plans/{id}/close", planId).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(QA).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/coaching-plans/{id}/close", planId).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assertEquals("OPEN", CoachingApi.state(planId));
        given().auth().oauth2(QA).queryParam("state", "DONE").when().get("/api/v1/coaching-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("state"));
        given().auth().oauth2(QA).queryParam("limit", "0").when().get("/api/v1/coaching-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
