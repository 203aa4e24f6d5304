package io.callqa.reporting.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.periods.Period;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The weekly bulletin over rows written into the read models; weeks of 2032 are this class's alone. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class BulletinTest {

    private static final String PATH = "/api/v1/reports/bulletins";

    @Inject
    BulletinGenerator generator;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean generate(LocalDate monday) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> generator.generateIfMissing(monday));
    }

    @Test
    void bulletinKeepsTheWeeksProblemsHandlingDeductionsAndRecordings() throws Throwable {
        String a1 = id("a"), a2 = id("a"), tA = id("t"), tB = id("t");
        ReadModels.agent(a1, "张三", tA);
        ReadModels.agent(a2, "李四", tB);
        UUID e1 = UUID.randomUUID(), e2 = UUID.randomUUID(), e3 = UUID.randomUUID();
        ReadModels.evaluation(e1, 1, false, a1, tA, "k1", "60.0", true, true, null, "2032-01-13", "2032-01-13T02:00:00Z");
        ReadModels.item(e1, 1, false, "verify", "核实身份", "Verify identity", 10, false, "旧版本", "旧", 1L, a1, tA,
                "2032-01-13");
        ReadModels.evaluation(e1, 2, true, a1, tA, "k1", "90.0", false, false, null, "2032-01-13", "2032-01-14T02:00:00Z");
        ReadModels.item(e1, 2, true, "verify", "核实身份", "Verify identity", 5, false, "先核实身份再办理",
                "您的号码是13812345678吗", 65_000L, a1, tA, "2032-01-13");
        ReadModels.evaluation(e2, 1, true, a2, tB, "k2", "80.0", true, true, null, "2032-01-14", "2032-01-14T03:00:00Z");
        ReadModels.item(e2, 1, true, "verify", "核实身份", "Verify identity", 3, true, "先核实身份再办理", "不用核实了",
                3_000L, a2, tB, "2032-01-14");
        ReadModels.item(e2, 1, true, "greet", "问候", "Greeting", 2, false, null, null, null, a2, tB, "2032-01-14");
        ReadModels.evaluation(e3, 1, true, a1, tA, "k3", "99.0", false, false, null, "2032-01-19", "2032-01-19T03:00:00Z");
        ReadModels.item(e3, 1, true, "greet", "问候", "Greeting", 1, false, null, null, null, a1, tA, "2032-01-19");
        ReadModels.excellent(UUID.randomUUID(), e1, a1, tA, "k1", "{greet,verify}", "98.0", "2032-01-15T06:00:00Z",
                "2032-01-15");

        assertEquals(true, generate(LocalDate.of(2032, 1, 12)));

        JsonPath b = given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/2032-W03")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals("2032-W03", b.getString("week"));
        assertEquals("2032-01-12", b.getString("from"));
        assertEquals("2032-01-18", b.getString("to"));
        assertEquals("schedule", b.getString("generatedBy"));
        assertEquals(1, b.getInt("version"));
        assertEquals(2, b.getInt("evaluations"));
        assertEquals(85.0f, b.getFloat("averageScore"));
        assertEquals(1, b.getInt("criticalFailures"));
        assertEquals(List.of("verify", "greet"), b.getList("problems.itemId"));
        assertEquals(List.of(2, 1), b.getList("problems.deductions"));
        assertEquals(List.of(8, 2), b.getList("problems.pointsLost"));
        assertEquals(List.of(1, 0), b.getList("problems.redLineFailures"));
        assertEquals(List.of("您的号码是138****5678吗", "不用核实了"), b.getList("problems[0].examples.quote"));
        assertEquals(List.of("01:05", "00:03"), b.getList("problems[0].examples.at"));
        assertEquals(List.of(a1, a2), b.getList("problems[0].examples.agentId"));
        assertEquals("核实身份", b.getString("problems[0].handling.standardZh"));
        assertEquals("Verify identity", b.getString("problems[0].handling.standardEn"));
        assertEquals(List.of("先核实身份再办理"), b.getList("problems[0].handling.comments"));
        assertEquals(List.of(), b.getList("problems[1].examples"));
        assertEquals(List.of(a2, a1), b.getList("deductions.agentId"));
        assertEquals(List.of("李四", "张三"), b.getList("deductions.name"));
        assertEquals(List.of(tB, tA), b.getList("deductions.teamId"));
        assertEquals(List.of(5, 5), b.getList("deductions.pointsLost"));
        assertEquals(List.of(1, 0), b.getList("deductions.criticalFailures"));
        assertEquals(List.of("核实身份", "问候"), b.getList("deductions[0].items"));
        assertEquals(List.of(a1), b.getList("excellentRecordings.agentId"));
        assertEquals(List.of("张三"), b.getList("excellentRecordings.name"));
        assertEquals(List.of("greet", "verify"), b.getList("excellentRecordings[0].items"));

        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH)
                .then().statusCode(200)
                .body("find { it.week == '2032-W03' }.generatedBy", equalTo("schedule"),
                        "find { it.week == '2032-W03' }.weekEnd", equalTo("2032-01-18"),
                        "find { it.week == '2032-W03' }.version", equalTo(1));
    }

    @Test
    void agentsSeeTheirOwnDeductionsAndTeamLeadsTheirTeamsButTheWholeRest() throws Throwable {
        String a1 = id("a"), a2 = id("a"), team = id("t");
        UUID e1 = UUID.randomUUID(), e2 = UUID.randomUUID();
        ReadModels.evaluation(e1, 1, true, a1, team, "k1", "90.0", false, false, null, "2032-02-02", "2032-02-02T02:00:00Z");
        ReadModels.item(e1, 1, true, "close", null, "Closing", 10, false, null, "拨 13912345678 找我", 1_000L, a1,
                team, "2032-02-02");
        ReadModels.evaluation(e2, 1, true, a2, "t-other", "k2", "95.0", false, false, null, "2032-02-03",
                "2032-02-03T02:00:00Z");
        ReadModels.item(e2, 1, true, "close", null, "Closing", 5, false, null, null, null, a2, "t-other", "2032-02-03");
        generate(LocalDate.of(2032, 2, 2));

        given().auth().oauth2(TestTokens.agent(a1)).when().get(PATH + "/2032-W06")
                .then().statusCode(200)
                .body("deductions.agentId", equalTo(List.of(a1)), "problems[0].item", equalTo("Closing"),
                        "problems[0].deductions", equalTo(2));
        given().auth().oauth2(TestTokens.teamLead("t-other")).when().get(PATH + "/2032-W06")
                .then().statusCode(200).body("deductions.agentId", equalTo(List.of(a2)));
        given().auth().oauth2(TestTokens.agent(id("a"))).when().get(PATH + "/2032-W06")
                .then().statusCode(200).body("deductions", hasSize(0), "problems", hasSize(1));

        given().auth().oauth2(TestTokens.agent(a1)).queryParam("format", "html").when().get(PATH + "/2032-W06")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("质检周报 QA bulletin 2032-W06"),
                        containsString("139****5678"), not(containsString("13912345678")), containsString(a1),
                        not(containsString(a2 + "</td>")));
        given().auth().oauth2(TestTokens.evaluator("e-1")).accept("text/csv").when().get(PATH + "/2032-W06")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("section,rank,item_id,item,agent_id,name,team_id,count,points_lost,"
                                + "critical_failures,text,at"),
                        containsString("problem,1,close,Closing,,,,2,15,0,Closing,\r\n"),
                        containsString("example,1,close,Closing," + a1 + ",,,,,,拨 139****5678 找我,00:01"),
                        containsString("deduction,,,Closing," + a1 + ",," + team + ",1,10,0,,"),
                        not(containsString("13912345678")));
    }

    @Test
    void aKeptBulletinStaysUntilRegeneratedWhichCountsTheVersion() throws Throwable {
        String a1 = id("a");
        LocalDate monday = LocalDate.of(2032, 2, 9);
        ReadModels.evaluation(UUID.randomUUID(), 1, true, a1, "t", "k", "90.0", false, false, null, "2032-02-10",
                "2032-02-10T02:00:00Z");
        assertEquals(true, generate(monday));
        ReadModels.evaluation(UUID.randomUUID(), 1, true, a1, "t", "k", "70.0", false, false, null, "2032-02-11",
                "2032-02-11T02:00:00Z");
        assertEquals(false, generate(monday));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/2032-W07")
                .then().statusCode(200).body("evaluations", equalTo(1), "version", equalTo(1));

        StoredBulletin again = VertxContextSupport.subscribeAndAwait(
                () -> generator.regenerate(Period.weekOf(monday), "q-again"));
        assertEquals(2, again.version());
        assertEquals("q-again", again.generatedBy());
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/2032-W07")
                .then().statusCode(200)
                .body("evaluations", equalTo(2), "averageScore", equalTo(80.0f), "version", equalTo(2),
                        "generatedBy", equalTo("q-again"));
    }

    @Test
    void regenerateOnRequestIsForQaLeadsAndAdminsAndOnlyOnceTheWeekIsOver() {
        int version = given().auth().oauth2(TestTokens.admin("adm-b")).when().post(PATH + "/2012-W03/regenerate")
                .then().statusCode(200)
                .body("week", equalTo("2012-W03"), "generatedBy", equalTo("adm-b"), "evaluations", equalTo(0),
                        "averageScore", nullValue(), "problems", hasSize(0))
                .extract().path("version");
        given().auth().oauth2(TestTokens.qaLead("q-b")).when().post(PATH + "/2012-W03/regenerate")
                .then().statusCode(200).body("version", equalTo(version + 1), "generatedBy", equalTo("q-b"));

        given().auth().oauth2(TestTokens.qaLead("q-b")).when().post(PATH + "/2032-W10/regenerate")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("week"));
        given().auth().oauth2(TestTokens.qaLead("q-b")).when().post(PATH + "/2012-W60/regenerate")
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
        given().auth().oauth2(TestTokens.evaluator("e-b")).when().post(PATH + "/2012-W03/regenerate")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-b")).when().post(PATH + "/2012-W03/regenerate")
                .then().statusCode(403);
        given().when().post(PATH + "/2012-W03/regenerate").then().statusCode(401);
    }

    @Test
    void badRequestsAndAccess() {
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/2032-W40")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH + "/2032-40")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("week"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("format", "xml").when().get(PATH + "/2032-W40")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("format", "html").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.acd("acd")).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).when().get(PATH + "/2032-W03").then().statusCode(403);
        given().when().get(PATH).then().statusCode(401);
        given().when().get(PATH + "/2032-W03").then().statusCode(401);
    }
}
