package io.callqa.reporting.scorecards;

import static io.callqa.reporting.scorecards.Released.lost;
import static io.callqa.reporting.scorecards.Released.on;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * March 2031, one team: a1 scores 90, 80 (critical) and 85; a2 85 twice; a3 70 (a revision of 60); a4 is on the
 * roster without evaluations. February: a1 80.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ScorecardTest {

    private static final String TEAM = Released.id("t-sc");
    private static final String A1 = Released.id("a1");
    private static final String A2 = Released.id("a2");
    private static final String A3 = Released.id("a3");
    private static final String A4 = Released.id("a4");
    private static final String PATH = "/api/v1/reports/scorecards";

    private static boolean loaded;

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        EvaluationReleased a3 = on(LocalDate.of(2031, 3, 10), A3, TEAM, "60.0", false, lost("O2", 10, "服务态度", "Attitude"),
                lost("O3", 10, null, null));
        Released.publishAndWait(
                on(LocalDate.of(2031, 2, 15), A1, TEAM, "80.0", false, lost("B1", 5, null, null)),
                on(LocalDate.of(2031, 3, 5), A1, TEAM, "90.0", false, lost("B1", 5, null, null), lost("X9", 0, null, null)),
                on(LocalDate.of(2031, 3, 12), A1, TEAM, "80.0", true, lost("B1", 5, null, null),
                        lost("O2", 10, "服务态度", "Attitude")),
                on(LocalDate.of(2031, 3, 20), A1, TEAM, "85.0", false, lost("O2", 3, "服务态度", "Attitude")),
                on(LocalDate.of(2031, 3, 6), A2, TEAM, "85.0", false, lost("B1", 2, null, null)),
                on(LocalDate.of(2031, 3, 7), A2, TEAM, "85.0", false),
                a3);
        Released.publishAndWait(Released.revised(a3, "70.0", lost("O2", 10, "服务态度", "Attitude")));
        Released.onRoster(A4, TEAM);
        loaded = true;
    }

    @Test
    void agentScorecardHasFiguresItemsChangeRankAndInterval() {
        load();
        given().auth().oauth2(TestTokens.agent(A1)).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(200)
                .body("agentId", equalTo(A1), "teamId", equalTo(TEAM), "period", equalTo("2031-03"),
                        "from", equalTo("2031-03-01"), "to", equalTo("2031-03-31"),
                        "evaluations", equalTo(3), "average", equalTo(85.0f), "minimum", equalTo(80.0f),
                        "criticalFailures", equalTo(1), "previousAverage", equalTo(80.0f), "change", equalTo(5.0f),
                        "rank", equalTo(1), "ranked", equalTo(3),
                        // s = 5, t(2) = 4.303: 85 ± 12.42
                        "confidenceInterval.low", equalTo(72.6f), "confidenceInterval.high", equalTo(97.4f),
                        "confidenceInterval.halfWidth", equalTo(12.4f), "tooFewEvaluations", equalTo(true),
                        "items.itemId", equalTo(List.of("O2", "B1")), "items[0].label", equalTo("服务态度"),
                        "items[0].itemEn", equalTo("Attitude"), "items[0].pointsLost", equalTo(13),
                        "items[0].times", equalTo(2), "items[1].label", equalTo("B1"), "items[1].pointsLost", equalTo(10));
    }

    @Test
    void oneEvaluationHasNoIntervalAndNoPreviousPeriodNoChange() {
        load();
        given().auth().oauth2(TestTokens.teamLead(TEAM)).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A3)
                .then().statusCode(200)
                .body("evaluations", equalTo(1), "average", equalTo(70.0f), "change", nullValue(),
                        "confidenceInterval", nullValue(), "tooFewEvaluations", equalTo(true), "rank", equalTo(3),
                        "items.itemId", equalTo(List.of("O2")), "items[0].pointsLost", equalTo(10));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2031-01")
                .when().get(PATH + "/agents/{id}", A3)
                .then().statusCode(200)
                .body("evaluations", equalTo(0), "average", nullValue(), "minimum", nullValue(), "rank", nullValue(),
                        "tooFewEvaluations", equalTo(true), "items.size()", equalTo(0));
    }

    @Test
    void teamScorecardHasTotalsAndRankedAgents() {
        load();
        given().auth().oauth2(TestTokens.teamLead(TEAM)).queryParam("from", "2031-03-01").queryParam("to", "2031-03-31")
                .when().get(PATH + "/teams/{id}", TEAM)
                .then().statusCode(200)
                .body("teamId", equalTo(TEAM), "evaluations", equalTo(6), "average", equalTo(82.5f),
                        "minimum", equalTo(70.0f), "criticalFailures", equalTo(1), "previousAverage", equalTo(80.0f),
                        "change", equalTo(2.5f), "confidenceInterval.low", equalTo(75.3f),
                        "confidenceInterval.high", equalTo(89.7f), "confidenceInterval.halfWidth", equalTo(7.2f),
                        "tooFewEvaluations", equalTo(true),
                        "items.itemId", equalTo(List.of("O2", "B1")), "items.pointsLost", equalTo(List.of(23, 12)),
                        "items.times", equalTo(List.of(3, 3)),
                        "agents.agentId", equalTo(List.of(A1, A2, A3, A4)),
                        "agents.rank", equalTo(java.util.Arrays.asList(1, 1, 3, null)),
                        "agents[1].average", equalTo(85.0f), "agents[1].confidenceInterval.halfWidth", equalTo(0.0f),
                        "agents[1].tooFewEvaluations", equalTo(false), "agents[3].evaluations", equalTo(0),
                        "agents[3].average", nullValue());
    }

    @Test
    void csvHasTheTeamThenOneRowPerAgent() {
        load();
        String csv = given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2031-03")
                .queryParam("format", "csv").when().get(PATH + "/teams/{id}", TEAM)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFscope,team_id,agent_id,period,evaluations,average,minimum,critical_failures,"
                + "previous_average,change,rank,ci_low,ci_high,too_few_evaluations", lines.get(0));
        assertEquals("team," + TEAM + ",,2031-03,6,82.5,70.0,1,80.0,2.5,,75.3,89.7,true", lines.get(1));
        assertEquals("agent," + TEAM + "," + A2 + ",2031-03,2,85.0,85.0,0,,,1,85.0,85.0,false", lines.get(3));
        assertEquals(6, lines.size());
        String agentCsv = given().auth().oauth2(TestTokens.agent(A1)).accept("text/csv").queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(3, agentCsv.lines().count());
    }

    @Test
    void htmlDrawsTheCharts() {
        load();
        given().auth().oauth2(TestTokens.agent(A1)).queryParam("month", "2031-03").queryParam("format", "html")
                .when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(Released.chart(), containsString("服务态度"));
        given().auth().oauth2(TestTokens.teamLead(TEAM)).queryParam("month", "2031-03").queryParam("format", "html")
                .when().get(PATH + "/teams/{id}", TEAM)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(Released.chart(), containsString(A2 + " 85.0–85.0"));
    }

    @Test
    void thePeriodIsValidated() {
        load();
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("week", "2031-W60")
                .when().get(PATH + "/teams/{id}", TEAM)
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("quarter", "2031-Q5")
                .when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(400).body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2031-03").queryParam("format", "pdf")
                .when().get(PATH + "/agents/{id}", A1)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void scorecardsAreScopedByRole() {
        load();
        given().queryParam("month", "2031-03").when().get(PATH + "/agents/{id}", A1).then().statusCode(401);
        given().queryParam("month", "2031-03").when().get(PATH + "/teams/{id}", TEAM).then().statusCode(401);
        given().auth().oauth2(TestTokens.agent(A2)).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A1).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent(A1)).queryParam("month", "2031-03")
                .when().get(PATH + "/teams/{id}", TEAM).then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-other")).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A1).then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-other")).queryParam("month", "2031-03")
                .when().get(PATH + "/teams/{id}", TEAM).then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A1).then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead(TEAM)).queryParam("month", "2031-03")
                .when().get(PATH + "/agents/{id}", A4).then().statusCode(200).body("evaluations", equalTo(0));
    }
}
