package io.callqa.reporting.qateam;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.bulletin.ReadModels;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The QA team's appraisal over rows written into the read models: January 2032 and February 2012 are this class's. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class QaTeamAppraisalResourceTest {

    private static final String PATH = "/api/v1/reports/qa-team/appraisal";

    @Test
    void upheldGroupLevelComplaintsCostFivePointsEach() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        ReadModels.plan("2032-01");
        complaint("G1-" + s, "GROUP_LEVEL", true, false);
        complaint("G2-" + s, "GROUP_LEVEL", false, false);
        ReadModels.complaint("G3-" + s, "kg-G3-" + s, "a-" + s, "2032-01-28T02:00:00Z", "2032-01-28", "GROUP_LEVEL",
                "未评估");
        complaint("N1-" + s, "NORMAL", true, true);

        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2032-01").when().get(PATH)
                .then().statusCode(200)
                .body("month", equalTo("2032-01"), "base", equalTo(100), "score", equalTo(95), "planSet", equalTo(true),
                        "deductions.kind", equalTo(List.of("UPHELD_COMPLAINT")),
                        "deductions[0].points", equalTo(5), "deductions[0].complaintId", equalTo("G1-" + s),
                        "deductions[0].reason", containsString("failed a red line"),
                        "groupComplaints.complaintId", equalTo(List.of("G1-" + s, "G2-" + s, "G3-" + s)),
                        "groupComplaints.status", equalTo(List.of("UPHELD", "NOT_UPHELD", "NOT_EVALUATED")),
                        "weeks.week", equalTo(List.of("2032-W01", "2032-W02", "2032-W03", "2032-W04")),
                        "weeks.from[0]", equalTo("2031-12-29"));
    }

    private static void complaint(String id, String severity, boolean critical, boolean problem) {
        String call = "kg-" + id;
        ReadModels.complaint(id, call, "a-" + id, "2032-01-27T02:00:00Z", "2032-01-27", severity, "投诉");
        ReadModels.evaluation(UUID.randomUUID(), 1, true, "a-" + id, "t-g", call, "88.0", critical, problem, null,
                "2032-01-27", "2032-01-27T06:00:00Z");
    }

    @Test
    void aPastMonthWithoutPlanOrBulletinsLosesTwoAndThreePerWeek() {
        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("month", "2012-02").when().get(PATH)
                .then().statusCode(200)
                .body("score", equalTo(86), "planSet", equalTo(false),
                        "deductions.kind", equalTo(List.of("NO_PLAN", "MISSING_BULLETIN", "MISSING_BULLETIN",
                                "MISSING_BULLETIN", "MISSING_BULLETIN")),
                        "deductions.week", equalTo(java.util.Arrays.asList(null, "2012-W05", "2012-W06", "2012-W07",
                                "2012-W08")),
                        "deductions[0].reason", equalTo("no QA plan was set for 2012-02"),
                        "weeks.status", equalTo(List.of("MISSING", "MISSING", "MISSING", "MISSING")));
        given().auth().oauth2(TestTokens.admin("adm")).queryParam("month", "2012-02").queryParam("format", "csv")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("month,kind,points,week,complaint_id,reason\r\n2012-02,BASE,100,,,"),
                        containsString("2012-02,NO_PLAN,-2,,,no QA plan was set for 2012-02\r\n"),
                        containsString("2012-02,MISSING_BULLETIN,-3,2012-W05,,the bulletin of 2012-W05 was not published"),
                        containsString("2012-02,SCORE,86,,,\r\n"));
        given().auth().oauth2(TestTokens.admin("adm")).queryParam("month", "2012-02").queryParam("format", "html")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("QA team appraisal 2012-02"), containsString("2012-W08"));
    }

    @Test
    void badMonthsAndAccess() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2032-13").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2032-01").queryParam("format", "xls")
                .when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.agent("a-1")).queryParam("month", "2032-01").when().get(PATH)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.teamLead("t-1")).queryParam("month", "2032-01").when().get(PATH)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("month", "2032-01").when().get(PATH)
                .then().statusCode(403);
        given().queryParam("month", "2032-01").when().get(PATH).then().statusCode(401);
    }
}
