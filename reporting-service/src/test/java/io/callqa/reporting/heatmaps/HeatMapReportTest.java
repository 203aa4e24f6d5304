package io.callqa.reporting.heatmaps;

import static io.callqa.reporting.scorecards.Released.lost;
import static io.callqa.reporting.scorecards.Released.on;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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
 * July 2031 (no other test's data): team H1 (h1a twice, h1b once, h1c on the roster only) loses X1 6 and X2 8;
 * team H2 (h2a twice) loses X3 9.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class HeatMapReportTest {

    private static final String H1 = Released.id("t-h1");
    private static final String H2 = Released.id("t-h2");
    private static final String H1A = Released.id("h1a");
    private static final String H1B = Released.id("h1b");
    private static final String H1C = Released.id("h1c");
    private static final String H2A = Released.id("h2a");
    private static final String TEAMS = "/api/v1/reports/heatmaps/teams";

    private static boolean loaded;

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        Released.publishAndWait(
                on(LocalDate.of(2031, 7, 1), H1A, H1, "94.0", false, lost("X1", 4, "礼貌用语", "Courtesy"), lost("X2", 2, null, null)),
                on(LocalDate.of(2031, 7, 2), H1A, H1, "98.0", false, lost("X1", 2, "礼貌用语", "Courtesy")),
                on(LocalDate.of(2031, 7, 3), H1B, H1, "94.0", false, lost("X2", 6, null, null)),
                on(LocalDate.of(2031, 7, 4), H2A, H2, "91.0", false, lost("X3", 9, "结束语", "Closing")),
                on(LocalDate.of(2031, 7, 5), H2A, H2, "100.0", false));
        Released.onRoster(H1C, H1);
        loaded = true;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).queryParam("month", "2031-07");
    }

    private static String row(String id) {
        return "rows.find { it.id == '" + id + "' }";
    }

    @Test
    void teamByItemCellsArePointsLostPerEvaluation() {
        load();
        as(TestTokens.qaLead("q-1")).when().get(TEAMS)
                .then().statusCode(200)
                .body("rowKind", equalTo("team"), "period", equalTo("2031-07"), "limit", equalTo(20),
                        "items.itemId", equalTo(List.of("X3", "X2", "X1")), "items.pointsLost", equalTo(List.of(9, 8, 6)),
                        "items.label", equalTo(List.of("结束语", "X2", "礼貌用语")), "items[0].itemEn", equalTo("Closing"),
                        row(H1) + ".evaluations", equalTo(3),
                        row(H1) + ".cells", equalTo(List.of(0.0f, 2.67f, 2.0f)),
                        row(H2) + ".cells", equalTo(List.of(4.5f, 0.0f, 0.0f)));
        as(TestTokens.qaLead("q-1")).queryParam("limit", "1").when().get(TEAMS)
                .then().statusCode(200).body("items.itemId", equalTo(List.of("X3")), row(H1) + ".cells", equalTo(List.of(0.0f)));
    }

    @Test
    void daysThatAreNotWholeMonthsAreSummedFromTheDailyAggregates() {
        load();
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("from", "2031-07-02").queryParam("to", "2031-07-04")
                .when().get(TEAMS)
                .then().statusCode(200)
                .body("items.itemId", equalTo(List.of("X3", "X2", "X1")), "items.pointsLost", equalTo(List.of(9, 6, 2)),
                        row(H1) + ".evaluations", equalTo(2), row(H1) + ".cells", equalTo(List.of(0.0f, 3.0f, 1.0f)),
                        row(H2) + ".evaluations", equalTo(1), row(H2) + ".cells", equalTo(List.of(9.0f, 0.0f, 0.0f)));
    }

    @Test
    void aTeamLeadSeesOnlyTheirRow() {
        load();
        as(TestTokens.teamLead(H1)).when().get(TEAMS)
                .then().statusCode(200)
                .body("rows.id", equalTo(List.of(H1)), "items.itemId", equalTo(List.of("X2", "X1")),
                        "rows[0].cells", equalTo(List.of(2.67f, 2.0f)));
        as(TestTokens.teamLead("t-none")).queryParam("month", "2031-08").when().get(TEAMS)
                .then().statusCode(200).body("rows.id", equalTo(List.of("t-none")), "rows[0].evaluations", equalTo(0));
    }

    @Test
    void agentByItemWithinATeam() {
        load();
        as(TestTokens.teamLead(H1)).when().get(TEAMS + "/{id}/agents", H1)
                .then().statusCode(200)
                .body("rowKind", equalTo("agent"), "teamId", equalTo(H1), "items.itemId", equalTo(List.of("X2", "X1")),
                        row(H1A) + ".cells", equalTo(List.of(1.0f, 3.0f)),
                        row(H1B) + ".cells", equalTo(List.of(6.0f, 0.0f)),
                        row(H1C) + ".evaluations", equalTo(0),
                        row(H1C) + ".cells", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void csvAndHtml() {
        load();
        String csv = as(TestTokens.qaLead("q-1")).queryParam("format", "csv").when().get(TEAMS + "/{id}/agents", H1)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFagent_id,evaluations,X2,X1", lines.get(0));
        assertEquals(List.of(H1A + ",2,1.00,3.00", H1B + ",1,6.00,0.00", H1C + ",0,,"), lines.subList(1, 4));
        as(TestTokens.qaLead("q-1")).queryParam("format", "html").when().get(TEAMS)
                .then().statusCode(200).contentType(startsWith("text/html")).body(Released.chart());
        as(TestTokens.teamLead(H1)).queryParam("format", "html").when().get(TEAMS + "/{id}/agents", H1)
                .then().statusCode(200).contentType(startsWith("text/html")).body(Released.chart());
    }

    @Test
    void theLimitIsBetweenOneAndAHundred() {
        for (String limit : List.of("0", "101", "many")) {
            as(TestTokens.qaLead("q-1")).queryParam("limit", limit).when().get(TEAMS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get(TEAMS + "/{id}/agents", H1)
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void heatMapsAreForTeamLeadsAndQaStaff() {
        given().queryParam("month", "2031-07").when().get(TEAMS).then().statusCode(401);
        as(TestTokens.agent(H1A)).when().get(TEAMS).then().statusCode(403);
        as(TestTokens.agent(H1A)).when().get(TEAMS + "/{id}/agents", H1).then().statusCode(403);
        as(TestTokens.teamLead(H2)).when().get(TEAMS + "/{id}/agents", H1).then().statusCode(403);
        as(TestTokens.acd("acd")).when().get(TEAMS).then().statusCode(403);
    }
}
