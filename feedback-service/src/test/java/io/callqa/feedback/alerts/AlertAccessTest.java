package io.callqa.feedback.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AlertAccessTest {

    private static String team() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void teamLeadSeesTheirTeamsAlertsAndQaLeadsSeeAll() {
        String team = team();
        String agent = "a-" + UUID.randomUUID();
        long mine = AlertFixtures.raiseOverdueAppeal(agent, team);
        long other = AlertFixtures.raiseOverdueAppeal("a-" + UUID.randomUUID(), team());

        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/alerts").then().statusCode(200)
                .body("id", hasItem((int) mine), "id", not(hasItem((int) other)), "teamId", everyItem(equalTo(team)),
                        "[0].kind", equalTo("APPEAL_OVERDUE"), "[0].agentId", equalTo(agent),
                        "[0].message", containsString("overdue"), "[0].acknowledgedAt", equalTo(null));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("limit", 500).when().get("/api/v1/alerts")
                .then().statusCode(200).body("id", hasItem((int) mine), "id", hasItem((int) other));
        given().auth().oauth2(TestTokens.admin("root")).queryParam("before", other + 1).queryParam("limit", 1)
                .when().get("/api/v1/alerts").then().statusCode(200).body("id", equalTo(java.util.List.of((int) other)));
    }

    @Test
    void agentsEvaluatorsAndMachinesMayNotReadAlerts() {
        for (String token : new String[] {TestTokens.agent("a-1"), TestTokens.evaluator("e-1"), TestTokens.acd("acd")}) {
            given().auth().oauth2(token).when().get("/api/v1/alerts").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/alerts/stream").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.withRoles("lead-without-team", "team-lead")).when().get("/api/v1/alerts")
                .then().statusCode(403).body("detail", containsString("teamId"));
    }

    @Test
    void acknowledgingRecordsWhoAndWhenOnce() {
        String team = team();
        long id = AlertFixtures.raiseOverdueAppeal("a-" + UUID.randomUUID(), team);

        given().auth().oauth2(TestTokens.teamLead(team)).when().post("/api/v1/alerts/{id}/acknowledge", id)
                .then().statusCode(200)
                .body("id", equalTo((int) id), "acknowledgedBy", equalTo("lead-" + team),
                        "acknowledgedAt", notNullValue());
        given().auth().oauth2(TestTokens.qaLead("q-2")).when().post("/api/v1/alerts/{id}/acknowledge", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already acknowledged by lead-" + team));
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("acknowledged", "false")
                .when().get("/api/v1/alerts").then().statusCode(200).body("id", not(hasItem((int) id)));
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("acknowledged", "true")
                .when().get("/api/v1/alerts").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void anotherTeamsLeadMayNotAcknowledge() {
        long id = AlertFixtures.raiseOverdueAppeal("a-" + UUID.randomUUID(), team());

        given().auth().oauth2(TestTokens.teamLead(team())).when().post("/api/v1/alerts/{id}/acknowledge", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent("a-1")).when().post("/api/v1/alerts/{id}/acknowledge", id)
                .then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from alert where id = ? and acknowledged_at is not null", id));
    }

    @Test
    void unknownAlertIsNotFound() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().post("/api/v1/alerts/{id}/acknowledge", Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badFiltersNameTheirField() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("kind", "FIRE").when().get("/api/v1/alerts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"), "detail", containsString("REPEATED_DEDUCTION"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("acknowledged", "maybe").when()
                .get("/api/v1/alerts").then().statusCode(400).body("errors[0].field", equalTo("acknowledged"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("limit", 0).when().get("/api/v1/alerts")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().post("/api/v1/alerts/{id}/acknowledge", "seven")
                .then().statusCode(400).body("errors[0].field", equalTo("alertId"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).header("Last-Event-ID", "yesterday")
                .when().get("/api/v1/alerts/stream").then().statusCode(400)
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }
}
