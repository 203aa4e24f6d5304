package io.callqa.reporting.pareto;

import static io.callqa.reporting.scorecards.Released.lost;
import static io.callqa.reporting.scorecards.Released.on;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.scorecards.Released;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * May 2031 (no other test's data): p1 and p2 in team TP lose A1 10, B2 8, C3 2; p3 in team TQ loses D4 10. The center
 * lost 30 points: A1 and D4 a third each, then B2 brings the cumulative share to 93% and is the last vital item.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ParetoTest {

    private static final String TP = Released.id("t-p");
    private static final String TQ = Released.id("t-q");
    private static final String P1 = Released.id("p1");
    private static final String P2 = Released.id("p2");
    private static final String P3 = Released.id("p3");
    private static final String PATH = "/api/v1/reports/pareto";

    private static boolean loaded;

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        Released.publishAndWait(
                on(LocalDate.of(2031, 5, 5), P1, TP, "92.0", false, lost("A1", 5, "开场白", "Greeting"), lost("B2", 3, null, null)),
                on(LocalDate.of(2031, 5, 6), P1, TP, "93.0", false, lost("A1", 5, "开场白", "Greeting"), lost("C3", 2, null, null)),
                on(LocalDate.of(2031, 5, 7), P2, TP, "95.0", false, lost("B2", 5, null, null)),
                on(LocalDate.of(2031, 5, 8), P3, TQ, "90.0", true, lost("D4", 10, "身份核实", "Identity check"),
                        lost("A1", 0, "开场白", "Greeting")));
        loaded = true;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).queryParam("month", "2031-05");
    }

    @Test
    void centerParetoOrdersItemsAndMarksTheVitalFew() {
        load();
        as(TestTokens.qaLead("q-1")).when().get(PATH)
                .then().statusCode(200)
                .body("scope", equalTo("center"), "period", equalTo("2031-05"), "totalPointsLost", equalTo(30),
                        "cut", equalTo(0.8f),
                        "items.itemId", equalTo(List.of("A1", "D4", "B2", "C3")),
                        "items.pointsLost", equalTo(List.of(10, 10, 8, 2)),
                        "items.share", equalTo(List.of(0.3333f, 0.3333f, 0.2667f, 0.0667f)),
                        "items.cumulativeShare", equalTo(List.of(0.3333f, 0.6667f, 0.9333f, 1.0f)),
                        "items.vitalFew", equalTo(List.of(true, true, true, false)),
                        "items[0].label", equalTo("开场白"), "items[0].itemEn", equalTo("Greeting"),
                        "items[0].times", equalTo(2), "items[2].label", equalTo("B2"));
    }

    @Test
    void teamAndAgentScopes() {
        load();
        as(TestTokens.teamLead(TP)).queryParam("scope", "team").queryParam("teamId", TP).when().get(PATH)
                .then().statusCode(200)
                .body("scope", equalTo("team"), "teamId", equalTo(TP), "totalPointsLost", equalTo(20),
                        "items.itemId", equalTo(List.of("A1", "B2", "C3")),
                        "items.cumulativeShare", equalTo(List.of(0.5f, 0.9f, 1.0f)),
                        "items.vitalFew", equalTo(List.of(true, true, false)));
        as(TestTokens.agent(P2)).queryParam("scope", "agent").queryParam("agentId", P2).when().get(PATH)
                .then().statusCode(200)
                .body("scope", equalTo("agent"), "agentId", equalTo(P2), "items.itemId", equalTo(List.of("B2")),
                        "items[0].share", equalTo(1.0f), "items[0].vitalFew", equalTo(true));
        as(TestTokens.teamLead(TP)).queryParam("scope", "agent").queryParam("agentId", P1).when().get(PATH)
                .then().statusCode(200).body("totalPointsLost", equalTo(15), "items.itemId", equalTo(List.of("A1", "B2", "C3")));
    }

    @Test
    void daysThatAreNotWholeMonthsAreSummedFromTheDailyAggregates() {
        load();
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("from", "2031-05-06").queryParam("to", "2031-05-08")
                .when().get(PATH)
                .then().statusCode(200)
                .body("totalPointsLost", equalTo(22), "items.itemId", equalTo(List.of("D4", "A1", "B2", "C3")),
                        "items.pointsLost", equalTo(List.of(10, 5, 5, 2)), "items.times", equalTo(List.of(1, 1, 1, 1)));
        given().auth().oauth2(TestTokens.teamLead(TP)).queryParam("from", "2031-05-06").queryParam("to", "2031-05-08")
                .queryParam("scope", "team").queryParam("teamId", TP).when().get(PATH)
                .then().statusCode(200)
                .body("totalPointsLost", equalTo(12), "items.itemId", equalTo(List.of("A1", "B2", "C3")));
    }

    @Test
    void csvAndHtml() {
        load();
        String csv = as(TestTokens.evaluator("e-1")).queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFitem_id,item,item_en,points_lost,times,share,cumulative_share,vital_few", lines.get(0));
        assertEquals("A1,开场白,Greeting,10,2,0.3333,0.3333,true", lines.get(1));
        assertEquals("C3,C3,,2,1,0.0667,1.0000,false", lines.get(4));
        assertEquals(5, lines.size());
        as(TestTokens.qaLead("q-1")).queryParam("format", "html").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/html")).body(Released.chart());
    }

    @Test
    void scopesNeedTheirIdAndAValidName() {
        as(TestTokens.qaLead("q-1")).queryParam("scope", "team").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("teamId"));
        as(TestTokens.qaLead("q-1")).queryParam("scope", "agent").queryParam("teamId", TP).when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("agentId"));
        as(TestTokens.qaLead("q-1")).queryParam("scope", "galaxy").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("scope"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("from", "2031-05-01").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void paretoIsScopedByRole() {
        load();
        given().queryParam("month", "2031-05").when().get(PATH).then().statusCode(401);
        as(TestTokens.agent(P1)).when().get(PATH).then().statusCode(403);
        as(TestTokens.agent(P1)).queryParam("scope", "team").queryParam("teamId", TP).when().get(PATH).then().statusCode(403);
        as(TestTokens.agent(P1)).queryParam("scope", "agent").queryParam("agentId", P2).when().get(PATH).then().statusCode(403);
        as(TestTokens.teamLead(TP)).when().get(PATH).then().statusCode(403);
        as(TestTokens.teamLead(TP)).queryParam("scope", "team").queryParam("teamId", TQ).when().get(PATH).then().statusCode(403);
        as(TestTokens.teamLead(TP)).queryParam("scope", "agent").queryParam("agentId", P3).when().get(PATH).then().statusCode(403);
        as(TestTokens.acd("acd")).queryParam("scope", "agent").queryParam("agentId", P3).when().get(PATH).then().statusCode(403);
    }
}
