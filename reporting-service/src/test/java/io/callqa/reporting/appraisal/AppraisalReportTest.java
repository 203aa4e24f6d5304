package io.callqa.reporting.appraisal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.reporting.DayAggregatesRefresh;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The appraisal of 2033-Q2 over call_day, evaluation_fact, complaint_fact and agent_fact as the projections leave
 * them (rows written here directly). No other test uses 2033-Q2, so the center's ranks are exact.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AppraisalReportTest {

    private static final String PATH = "/api/v1/reports/appraisal";

    private final String team = "t-" + UUID.randomUUID();
    private final String otherTeam = "t-" + UUID.randomUUID();
    private final String a1 = "a-" + UUID.randomUUID();
    private final String a2 = "a-" + UUID.randomUUID();
    private final String a3 = "a-" + UUID.randomUUID();

    private static void evaluation(String agent, String teamId, String total, boolean critical, String day) {
        TestDatabase.execute("""
                insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                  problem_found, released_at, month, evaluator_id, day, latest)
                values (?::uuid, 1, ?, ?, ?::numeric, ?, false, now(), ?, 'e-apr', ?::date, true)""",
                UUID.randomUUID().toString(), agent, teamId, total, critical, day.substring(0, 7), day);
    }

    private static void complaint(String agent, String day) {
        TestDatabase.execute("""
                insert into complaint_fact (complaint_id, call_id, agent_id, received_at, day, severity)
                values (?, 'c-apr', ?, now(), ?::date, 'NORMAL')""", "k-" + UUID.randomUUID(), agent, day);
    }

    @BeforeEach
    void quarter() {
        // a1: 200 answered calls, AHT 300 s, ASA 25 s, 20 repeated, CSAT 4.2; QA 80 and 90 with a red line
        TestDatabase.execute("""
                insert into call_day (day, agent_id, team_id, queue_id, calls, offered, answered, abandoned,
                  answered_within, handle_seconds, wait_seconds, csat_sum, csat_count, repeated)
                values ('2033-04-10', ?, ?, 'q-apr', 200, 200, 200, 0, 150, 60000, 5000, 420, 100, 20)""", a1, team);
        evaluation(a1, team, "80.0", true, "2033-04-11");
        evaluation(a1, team, "90.0", false, "2033-06-30");
        complaint(a1, "2033-05-01");
        complaint(a1, "2033-07-01");
        TestDatabase.execute("""
                insert into agent_fact (agent_id, name, team_id, active, updated_at)
                values (?, 'Li Lei', ?, true, now())""", a1, team);
        evaluation(a2, team, "88.3", false, "2033-05-05");
        evaluation(a3, otherTeam, "95.0", false, "2033-05-05");
        DayAggregatesRefresh.all();
    }

    @AfterEach
    void removeRows() {
        for (String agent : new String[] {a1, a2, a3}) {
            TestDatabase.execute("delete from call_day where agent_id = ?", agent);
            TestDatabase.execute("delete from evaluation_fact where agent_id = ?", agent);
            TestDatabase.execute("delete from complaint_fact where agent_id = ?", agent);
            TestDatabase.execute("delete from agent_fact where agent_id = ?", agent);
        }
        DayAggregatesRefresh.all();
    }

    @Test
    void scoresAndRanksTheTeamsAgents() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("quarter", "2033-Q2").queryParam("teamId", team)
                .when().get(PATH)
                .then().statusCode(200)
                .body("quarter", equalTo("2033-Q2"), "from", equalTo("2033-04-01"), "to", equalTo("2033-06-30"),
                        "weights.quality", equalTo(0.5f), "agentsRanked", equalTo(2),
                        "agents.agentId", contains(a2, a1), "agents.rank", contains(1, 2),
                        "agents.score", contains(88.3f, 72.0f),
                        "agents[1].name", equalTo("Li Lei"),
                        "agents[1].quality.evaluations", equalTo(2),
                        "agents[1].quality.averageScore", equalTo(85.0f),
                        "agents[1].quality.firstContactResolution", equalTo(0.9f),
                        "agents[1].quality.criticalFailures", equalTo(1),
                        "agents[1].quality.score", equalTo(76.5f),
                        "agents[1].efficiency.answeredCalls", equalTo(200),
                        "agents[1].efficiency.averageHandleSeconds", equalTo(300.0f),
                        "agents[1].efficiency.answerSpeedSeconds", equalTo(25.0f),
                        "agents[1].efficiency.score", equalTo(95.0f),
                        "agents[1].satisfaction.averageCsat", equalTo(4.2f),
                        "agents[1].satisfaction.complaints", equalTo(1),
                        "agents[1].satisfaction.complaintsPer1000", equalTo(5.0f),
                        "agents[1].satisfaction.score", equalTo(40.0f));
    }

    @Test
    void anAgentSeesTheirOwnRowRankedInTheCenterOrTheirTeam() {
        given().auth().oauth2(TestTokens.agent(a1)).queryParam("quarter", "2033-Q2")
                .when().get(PATH)
                .then().statusCode(200)
                .body("agentsRanked", equalTo(3), "agents.agentId", contains(a1), "agents[0].rank", equalTo(3));
        given().auth().oauth2(TestTokens.agent(a1)).queryParam("quarter", "2033-Q2").queryParam("teamId", team)
                .when().get(PATH)
                .then().statusCode(200).body("agents.agentId", contains(a1), "agents[0].rank", equalTo(2));
    }

    @Test
    void aTeamLeadSeesTheirTeamOnly() {
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("quarter", "2033-Q2")
                .when().get(PATH)
                .then().statusCode(200).body("teamId", equalTo(team), "agents.agentId", contains(a2, a1));
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("quarter", "2033-Q2")
                .queryParam("teamId", otherTeam)
                .when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("quarter", "2033-Q2").when().get(PATH)
                .then().statusCode(403);
        given().queryParam("quarter", "2033-Q2").when().get(PATH).then().statusCode(401);
    }

    @Test
    void csvAndHtml() {
        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("quarter", "2033-Q2")
                .queryParam("teamId", team).queryParam("format", "csv")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("rank,agent_id,name,score,quality_score,"),
                        containsString("2," + a1 + ",Li Lei,72.0,76.5,2,85.0,0.9000,1,95.0,200,300.0,25.0,40.0,4.20,1,"
                                + "5.00\r\n"));
        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("quarter", "2033-Q2")
                .queryParam("teamId", team).queryParam("format", "html")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("Li Lei"));
    }

    @Test
    void quarterIsRequiredAndMustBeYearDashQuarter() {
        String token = TestTokens.qaLead("q-1");
        given().auth().oauth2(token).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(token).queryParam("quarter", "2033-Q5").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("quarter"));
        given().auth().oauth2(token).queryParam("quarter", "2033-Q2").queryParam("format", "docx").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
