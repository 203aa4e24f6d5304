package io.callqa.reporting.complaintsummary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.callqa.reporting.bulletin.ReadModels;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The complaint summary over rows written into the read models; March 2032 is this class's alone. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ComplaintSummaryTest {

    private static final String PATH = "/api/v1/reports/complaints";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String A = "a-" + SUFFIX, B = "b-" + SUFFIX, TC = "tc-" + SUFFIX, TD = "td-" + SUFFIX;
    private static final String C1 = "TS-1-" + SUFFIX, C2 = "TS-2-" + SUFFIX, C3 = "TS-3-" + SUFFIX;
    private static boolean written;

    @BeforeAll
    static void writeReadModels() {
        if (written) {
            return;
        }
        written = true;
        ReadModels.agent(A, "王五", TC);
        ReadModels.agent(B, "赵六", TD);
        ReadModels.complaint(C1, "kc1-" + SUFFIX, A, "2032-03-05T02:00:00Z", "2032-03-05", "NORMAL",
                "客户13812345678投诉态度");
        ReadModels.call("kc1-" + SUFFIX, A, TC, 125, "2032-03-04");
        ReadModels.sample("kc1-" + SUFFIX, A, TC, 999, "2032-03-04");
        ReadModels.evaluation(UUID.randomUUID(), 1, true, A, TC, "kc1-" + SUFFIX, "70.0", false, false, "旧",
                "2032-03-05", "2032-03-05T05:00:00Z");
        ReadModels.evaluation(UUID.randomUUID(), 1, true, A, TC, "kc1-" + SUFFIX, "85.0", false, true,
                "态度生硬，致电 13912345678 回访", "2032-03-06", "2032-03-06T05:00:00Z");
        ReadModels.complaint(C2, "kc2-" + SUFFIX, B, "2032-03-06T03:00:00Z", "2032-03-06", "GROUP_LEVEL", "多次转接");
        ReadModels.sample("kc2-" + SUFFIX, B, TD, 61, "2032-03-06");
        ReadModels.complaint(C3, "kc3-" + SUFFIX, A, "2032-03-11T02:00:00Z", "2032-03-11", "NORMAL", "周四收到");
    }

    @Test
    void thursdaysSummaryListsThePrecedingThursdayToWednesday() {
        JsonPath s = given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "2032-03-11")
                .when().get(PATH).then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals("2032-03-04", s.getString("from"));
        assertEquals("2032-03-10", s.getString("to"));
        assertEquals("2032-03-11", s.getString("publishedOn"));
        assertEquals(2, s.getInt("complaints"));
        assertEquals(List.of(C1, C2), s.getList("rows.complaintId"));
        assertEquals(List.of(A, B), s.getList("rows.agentId"));
        assertEquals(List.of("王五", "赵六"), s.getList("rows.agentName"));
        assertEquals(List.of(TC, TD), s.getList("rows.teamId"));
        assertEquals(List.of("02:05", "01:01"), s.getList("rows.callDuration"));
        assertEquals(List.of(125, 61), s.getList("rows.callSeconds"));
        assertEquals(List.of("客户138****5678投诉态度", "多次转接"), s.getList("rows.content"));
        assertEquals(List.of("scored 85.0; problem found", "not evaluated yet"), s.getList("rows.handling.outcome"));
        assertEquals(List.of(true, false), s.getList("rows.handling.evaluated"));
        assertEquals(Arrays.asList("态度生硬，致电 139****5678 回访", null), s.getList("rows.comment"));
        assertEquals(List.of("NORMAL", "GROUP_LEVEL"), s.getList("rows.severity"));
    }

    @Test
    void agentsSeeTheirOwnComplaintsAndTeamLeadsTheirTeams() {
        given().auth().oauth2(TestTokens.agent(A)).queryParam("date", "2032-03-11").when().get(PATH)
                .then().statusCode(200).body("rows.complaintId", equalTo(List.of(C1)), "complaints", equalTo(1));
        given().auth().oauth2(TestTokens.teamLead(TD)).queryParam("date", "2032-03-11").when().get(PATH)
                .then().statusCode(200).body("rows.complaintId", equalTo(List.of(C2)));
        given().auth().oauth2(TestTokens.agent("a-nobody-" + SUFFIX)).queryParam("date", "2032-03-11").when().get(PATH)
                .then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    void aRangeInsteadOfAThursdayAndTheRenditions() {
        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("from", "2032-03-01").queryParam("to", "2032-03-31")
                .when().get(PATH).then().statusCode(200)
                .body("rows.complaintId", equalTo(List.of(C1, C2, C3)), "publishedOn", equalTo(null));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "2032-03-11").accept("text/csv")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("complaint_id,received_at,severity,category,agent_id,agent_name,team_id,"
                                + "call_duration,call_seconds,content,handling,total_score,critical_failed,problem_found,comment"),
                        containsString(C1 + ",2032-03-05T02:00:00Z,NORMAL,ATTITUDE," + A + ",王五," + TC
                                + ",02:05,125,客户138****5678投诉态度,scored 85.0; problem found,85.0,false,true,"
                                + "态度生硬，致电 139****5678 回访"),
                        containsString(C2 + ",2032-03-06T03:00:00Z,GROUP_LEVEL,ATTITUDE," + B + ",赵六," + TD
                                + ",01:01,61,多次转接,not evaluated yet,,,,"),
                        not(containsString("13812345678")));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "2032-03-11").queryParam("format", "html")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("投诉汇总 Complaint summary"), containsString(C2),
                        not(containsString("13812345678")));
    }

    @Test
    void badInputsAndAccess() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "2032-03-10").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "11.03.2032").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("date", "2032-03-11").queryParam("from", "2032-03-01")
                .queryParam("to", "2032-03-02").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("from", "2032-03-01").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("format", "pdf").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH).then().statusCode(200);
        given().auth().oauth2(TestTokens.acd("acd")).when().get(PATH).then().statusCode(403);
        given().when().get(PATH).then().statusCode(401);
    }
}
