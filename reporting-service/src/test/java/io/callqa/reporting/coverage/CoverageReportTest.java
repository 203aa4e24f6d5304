package io.callqa.reporting.coverage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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

/** Coverage over sample_fact (and its evaluated_at) as the projections leave it (rows written here directly). */
@QuarkusTest
@WithTestResource(InfraResource.class)
class CoverageReportTest {

    private static final String PATH = "/api/v1/reports/coverage";

    private final String team = "t-" + UUID.randomUUID();
    private final String otherTeam = "t-" + UUID.randomUUID();

    private void sample(UUID id, String teamId, String rules, String mode, String dueAt) {
        TestDatabase.execute("""
                insert into sample_fact (sample_id, call_id, agent_id, team_id, queue_id, mode, priority, rules,
                  reasons, selected_at, due_at, day)
                values (?::uuid, ?, 'a-cov', ?, 'q-cov', ?, 'NORMAL', ?::text[], '[]'::jsonb,
                  '2033-02-10T02:00:00Z', ?::timestamptz, '2033-02-10')""",
                id.toString(), "c-" + id, teamId, mode, rules, dueAt);
    }

    private void evaluation(UUID sampleId, int version, boolean latest) {
        String sample = sampleId == null ? null : sampleId.toString();
        TestDatabase.execute("""
                insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                  problem_found, released_at, month, sample_id, evaluator_id, day, latest)
                values (?::uuid, ?, 'a-cov', ?, 90.0, false, false, '2033-02-11T02:00:00Z', '2033-02', ?::uuid, 'e-cov',
                  '2033-02-11', ?)""",
                UUID.randomUUID().toString(), version, team, sample, latest);
        if (sample != null && latest) {
            // as the projections leave sample_fact: evaluated_at is the first release of the sample's evaluation
            // (the row with only an older version stands for a sample no evaluation has, so it stays null)
            TestDatabase.execute("""
                    update sample_fact set evaluated_at = least(coalesce(evaluated_at, '2033-02-11T02:00:00Z'),
                      '2033-02-11T02:00:00Z') where sample_id = ?::uuid""", sample);
        }
    }

    @BeforeEach
    void samples() {
        UUID evaluated = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        // 2033 lies ahead of the clock: a due time already past is set in 2020
        sample(evaluated, team, "{SHORT_CALL,RANDOM}", "POSTHOC", "2020-01-01T00:00:00Z");
        sample(overdue, team, "{SHORT_CALL}", "POSTHOC", "2020-01-01T00:00:00Z");
        sample(UUID.randomUUID(), team, "{RANDOM}", "REALTIME", "2099-01-01T00:00:00Z");
        sample(UUID.randomUUID(), otherTeam, "{RANDOM}", "POSTHOC", "2020-01-01T00:00:00Z");
        evaluation(evaluated, 1, true);
        evaluation(overdue, 1, false); // an older version only: not counted as evaluated
        evaluation(null, 1, true); // an evaluation without a sample changes nothing
        DayAggregatesRefresh.all();
    }

    @AfterEach
    void removeRows() {
        TestDatabase.execute("delete from sample_fact where team_id in (?, ?)", team, otherTeam);
        TestDatabase.execute("delete from evaluation_fact where team_id = ?", team);
        DayAggregatesRefresh.all();
    }

    @Test
    void samplesByRuleCountUnderEachRuleAndOnceInTheTotal() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-02").queryParam("teamId", team)
                .when().get(PATH)
                .then().statusCode(200)
                .body("period", equalTo("2033-02"), "teamId", equalTo(team),
                        "total.sampled", equalTo(3), "total.evaluated", equalTo(1),
                        "total.evaluatedShare", equalTo(0.3333f), "total.overdue", equalTo(1),
                        "byRule.name", contains("RANDOM", "SHORT_CALL"),
                        "byRule.sampled", contains(2, 2), "byRule.evaluated", contains(1, 1),
                        "byRule.evaluatedShare", contains(0.5f, 0.5f), "byRule.overdue", contains(0, 1),
                        "byMode.name", contains("POSTHOC", "REALTIME"),
                        "byMode.sampled", contains(2, 1), "byMode.overdue", contains(1, 0));
    }

    @Test
    void aTeamLeadSeesTheirTeamOnly() {
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("month", "2033-02")
                .when().get(PATH)
                .then().statusCode(200).body("teamId", equalTo(team), "total.sampled", equalTo(3));
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("month", "2033-02")
                .queryParam("teamId", otherTeam)
                .when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-cov")).queryParam("month", "2033-02")
                .when().get(PATH).then().statusCode(403);
        given().queryParam("month", "2033-02").when().get(PATH).then().statusCode(401);
    }

    @Test
    void noSamplesNoShare() {
        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("week", "2033-W40").queryParam("teamId", team)
                .when().get(PATH)
                .then().statusCode(200)
                .body("total.sampled", equalTo(0), "total.evaluatedShare", nullValue(), "byRule.size()", equalTo(0));
    }

    @Test
    void csvAndHtml() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-02").queryParam("teamId", team)
                .accept("text/csv")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("dimension,name,sampled,evaluated,evaluated_share,overdue\r\n"),
                        containsString("rule,SHORT_CALL,2,1,0.5000,1\r\n"),
                        containsString("mode,REALTIME,1,0,0.0000,0\r\n"),
                        containsString("total,total,3,1,0.3333,1\r\n"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-02").queryParam("teamId", team)
                .queryParam("format", "html")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("class=\"bar"), containsString("SHORT_CALL"));
    }

    @Test
    void badPeriodsAreNamed() {
        String token = TestTokens.qaLead("q-1");
        given().auth().oauth2(token).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
        given().auth().oauth2(token).queryParam("week", "2033-W99").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
        given().auth().oauth2(token).queryParam("from", "2033-02-01").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(token).queryParam("month", "2033-02").queryParam("format", "pdf").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
