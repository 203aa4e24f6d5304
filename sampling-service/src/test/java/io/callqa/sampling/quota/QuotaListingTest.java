package io.callqa.sampling.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** GET /api/v1/quotas: the month's quota rows by agent id, scoped like every other listing. */
@QuarkusTest
@TestProfile(RandomQuotaProfile.class)
@WithTestResource(InfraResource.class)
class QuotaListingTest {

    private static final String MONTH = "2031-03";

    private String team;
    private String first;
    private String second;

    @BeforeEach
    void twoAgentsOfOneTeamAndOneOfAnother() {
        String run = UUID.randomUUID().toString();
        team = "t-" + run;
        first = "a-" + run + "-1";
        second = "a-" + run + "-2";
        agent(first, team);
        agent(second, "t-other-" + run);
        TestDatabase.execute("insert into agent_month (agent_id, month, volume, base, average_score, evaluations, "
                + "multiplier, exempt, quota, realtime_target, posthoc_target, calls_so_far) "
                + "values (?, ?, 250, 3, 86.5, 4, 1.0, false, 3, 1, 2, 17)", first, MONTH);
        TestDatabase.execute("insert into agent_month (agent_id, month, volume, base, average_score, evaluations, "
                + "multiplier, exempt, quota, realtime_target, posthoc_target, calls_so_far) "
                + "values (?, ?, 0, 2, null, 0, 1, true, 5, 2, 3, 0)", second, MONTH);
    }

    private static void agent(String agentId, String teamId) {
        TestDatabase.execute("insert into agent (agent_id, name, team_id, hire_date, active, updated_at) "
                + "values (?, ?, ?, null, true, now())", agentId, agentId, teamId);
    }

    @Test
    void qaStaffSeeEveryAgentsQuotaSortedByAgent() {
        given().auth().oauth2(TestTokens.evaluator("e")).queryParam("month", MONTH)
                .when().get("/api/v1/quotas")
                .then().statusCode(200)
                .body("findAll { it.agentId.startsWith('" + first.substring(0, first.length() - 2) + "') }.agentId",
                        contains(first, second));
        given().auth().oauth2(TestTokens.qaLead("q")).queryParam("month", MONTH).queryParam("agentId", first)
                .when().get("/api/v1/quotas")
                .then().statusCode(200)
                .body("size()", equalTo(1), "[0].month", equalTo(MONTH), "[0].volume", equalTo(250),
                        "[0].base", equalTo(3), "[0].averageScore", equalTo(86.5f), "[0].evaluations", equalTo(4),
                        "[0].exempt", equalTo(false), "[0].quota", equalTo(3), "[0].realtimeTarget", equalTo(1),
                        "[0].posthocTarget", equalTo(2), "[0].realtimePicks", equalTo(0),
                        "[0].posthocPicks", equalTo(0), "[0].callsSoFar", equalTo(17));
    }

    @Test
    void aTeamLeadSeesTheirTeamAndAnAgentOnlyThemself() {
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("month", MONTH)
                .when().get("/api/v1/quotas")
                .then().statusCode(200).body("agentId", contains(first));
        given().auth().oauth2(TestTokens.agent(second)).queryParam("month", MONTH)
                .when().get("/api/v1/quotas")
                .then().statusCode(200).body("agentId", contains(second), "[0].exempt", equalTo(true));
        given().auth().oauth2(TestTokens.agent(second)).queryParam("month", MONTH).queryParam("agentId", first)
                .when().get("/api/v1/quotas")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBadOrMissingMonthIsAProblemNamingTheField() {
        for (String bad : new String[] {"2031-13", "March", "2031-3", ""}) {
            given().auth().oauth2(TestTokens.qaLead("q")).queryParam("month", bad)
                    .when().get("/api/v1/quotas")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("month"));
        }
        given().auth().oauth2(TestTokens.qaLead("q")).when().get("/api/v1/quotas")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        given().queryParam("month", MONTH).when().get("/api/v1/quotas")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("month", MONTH).when().get("/api/v1/quotas")
                .then().statusCode(403);
    }
}
