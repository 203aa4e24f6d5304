package io.callqa.reporting.operations;

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

/**
 * The QA team's March 2033 over the read models as the projections leave them (rows written here directly). No
 * other test uses 2033-03, so the center's appeal figures are exact.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class QaOperationsReportTest {

    private static final String PATH = "/api/v1/reports/qa-operations";
    private static final String E1 = "ev-ops-1";
    private static final String E2 = "ev-ops-2";
    private static final String E3 = "ev-ops-3";

    private static UUID evaluation(String evaluator, String day, int version, boolean latest, UUID id) {
        TestDatabase.execute("""
                insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                  problem_found, released_at, month, evaluator_id, day, latest)
                values (?::uuid, ?, 'a-ops', 't-ops', 80.0, false, false, now(), ?, ?, ?::date, ?)""",
                id.toString(), version, day.substring(0, 7), evaluator, day, latest);
        return id;
    }

    private static UUID evaluation(String evaluator, String day) {
        return evaluation(evaluator, day, 1, true, UUID.randomUUID());
    }

    private static void appeal(UUID evaluationId, String filedAt, String decidedAt, String decision) {
        TestDatabase.execute("""
                insert into appeal_fact (appeal_id, evaluation_id, agent_id, team_id, filed_at, decided_at, decision,
                  day)
                values (?::uuid, ?::uuid, 'a-ops', 't-ops', ?::timestamptz, ?::timestamptz, ?, ?::date)""",
                UUID.randomUUID().toString(), evaluationId.toString(), filedAt, decidedAt, decision,
                filedAt.substring(0, 10));
    }

    private static void calibration(String evaluator, String closedAt, String deviation, boolean flagged) {
        TestDatabase.execute("""
                insert into calibration_fact (calibration_id, evaluator_id, closed_at, reference_total,
                  allowed_deviation, total, deviation, agreement, flagged)
                values (?::uuid, ?, ?::timestamptz, 90.0, 5.0, 90.0, ?::numeric, 0.9, ?)""",
                UUID.randomUUID().toString(), evaluator, closedAt, deviation, flagged);
    }

    @BeforeEach
    void march() {
        TestDatabase.execute("insert into qa_plan_fact (month, set_at, set_by) values ('2033-03', now(), 'q-1')");
        TestDatabase.execute("insert into qa_plan_target_fact (month, person_id, target) values ('2033-03', ?, 4), "
                + "('2033-03', ?, 2)", E1, E2);
        UUID x1 = evaluation(E1, "2033-03-02", 1, false, UUID.randomUUID()); // an older version: not counted twice
        evaluation(E1, "2033-03-02", 2, true, x1);
        UUID x2 = evaluation(E1, "2033-03-09");
        evaluation(E1, "2033-03-31");
        UUID february = evaluation(E1, "2033-02-27");
        UUID x4 = evaluation(E3, "2033-03-15");
        appeal(x1, "2033-03-05T02:00:00Z", "2033-03-06T02:00:00Z", "UPHELD"); // 24 h
        appeal(x2, "2033-03-10T00:00:00Z", "2033-03-10T12:00:00Z", "REJECTED"); // 12 h
        appeal(february, "2033-02-28T10:00:00Z", "2033-03-01T10:00:00Z", "UPHELD"); // 24 h, decided in March
        appeal(x4, "2033-03-20T02:00:00Z", null, null);
        calibration(E1, "2033-03-10T02:00:00Z", "3.0", false);
        calibration(E1, "2033-03-31T17:00:00Z", "8.0", true); // 1 April in Asia/Shanghai: after the month
        calibration(E2, "2033-02-15T02:00:00Z", "6.5", true);
        DayAggregatesRefresh.all();
    }

    @AfterEach
    void removeRows() {
        TestDatabase.execute("delete from qa_plan_fact where month = '2033-03'");
        TestDatabase.execute("delete from qa_plan_target_fact where month = '2033-03'");
        TestDatabase.execute("delete from appeal_fact where agent_id = 'a-ops'");
        TestDatabase.execute("delete from evaluation_fact where agent_id = 'a-ops'");
        TestDatabase.execute("delete from calibration_fact where evaluator_id in (?, ?, ?)", E1, E2, E3);
        DayAggregatesRefresh.all();
    }

    @Test
    void planCompletionCalibrationAndAppealsOfTheMonth() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-03")
                .when().get(PATH)
                .then().statusCode(200)
                .body("month", equalTo("2033-03"), "planSet", equalTo(true),
                        "evaluators.evaluatorId", contains(E1, E2, E3),
                        "evaluators.target", contains(4, 2, null),
                        "evaluators.done", contains(3, 0, 1),
                        "evaluators.completionPercent", contains(75.0f, 0.0f, null),
                        "evaluators[0].calibration.deviation", equalTo(3.0f),
                        "evaluators[0].calibration.flagged", equalTo(false),
                        "evaluators[0].calibration.closedAt", equalTo("2033-03-10T02:00:00Z"),
                        "evaluators[1].calibration.deviation", equalTo(6.5f),
                        "evaluators[1].calibration.flagged", equalTo(true),
                        "evaluators[2].calibration", nullValue(),
                        "evaluators.appeals.filed", contains(2, 0, 1),
                        "evaluators.appeals.rate", contains(0.6667f, null, 1.0f),
                        "evaluators.appeals.decided", contains(3, 0, 0),
                        "evaluators.appeals.upheldShare", contains(0.6667f, null, null),
                        "appeals.evaluations", equalTo(4), "appeals.filed", equalTo(3),
                        "appeals.rate", equalTo(0.75f), "appeals.decided", equalTo(3), "appeals.upheld", equalTo(2),
                        "appeals.upheldShare", equalTo(0.6667f),
                        "appeals.averageHoursToDecision", equalTo(20.0f),
                        "appeals.medianHoursToDecision", equalTo(24.0f));
    }

    @Test
    void anEvaluatorSeesOnlyTheirOwnRow() {
        given().auth().oauth2(TestTokens.evaluator(E3)).queryParam("month", "2033-03")
                .when().get(PATH)
                .then().statusCode(200)
                .body("evaluators.evaluatorId", contains(E3), "evaluators[0].done", equalTo(1));
    }

    @Test
    void csvAndHtml() {
        given().auth().oauth2(TestTokens.admin("ad-1")).queryParam("month", "2033-03").queryParam("format", "csv")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("evaluator_id,target,done,completion_percent,"),
                        containsString(E1 + ",4,3,75.0,2033-03-10T02:00:00Z,3.0,5.0,false,2,0.6667,3,2,0.6667,,\r\n"),
                        containsString("center,,4,,,,,,3,0.7500,3,2,0.6667,20.0,24.0\r\n"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-03").queryParam("format", "html")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString(E1));
    }

    @Test
    void monthIsRequiredAndOnlyQaStaffMayAsk() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-13").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.teamLead("t-ops")).queryParam("month", "2033-03").when().get(PATH)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-ops")).queryParam("month", "2033-03").when().get(PATH)
                .then().statusCode(403);
        given().queryParam("month", "2033-03").when().get(PATH).then().statusCode(401);
    }
}
