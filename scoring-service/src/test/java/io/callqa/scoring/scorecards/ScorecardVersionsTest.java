package io.callqa.scoring.scorecards;

import static io.callqa.scoring.support.ScoringApi.evaluate;
import static io.callqa.scoring.support.ScoringApi.items;
import static io.callqa.scoring.support.ScoringApi.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EventJson;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ScorecardVersionsTest {

    private static final String LEAD = TestTokens.qaLead("q-sc");

    private static String card(String id, String items) {
        return "{\"id\":\"" + id + "\",\"nameZh\":\"投诉质检\",\"nameEn\":\"Complaint QA\",\"sections\":[{\"id\":\"S\","
                + "\"labelZh\":\"服务\",\"labelEn\":\"Service\",\"items\":" + items + "}]}";
    }

    private static final String ITEMS = "[{\"id\":\"A1\",\"labelZh\":\"致歉\",\"labelEn\":\"Apologises\",\"kind\":\"DEDUCTION\","
            + "\"maxPoints\":10,\"step\":2,\"reasons\":[{\"code\":\"NO_APOLOGY\",\"labelZh\":\"未致歉\",\"labelEn\":\"No apology\"}]},"
            + "{\"id\":\"A2\",\"labelZh\":\"不泄露信息\",\"labelEn\":\"No data leak\",\"kind\":\"CRITICAL\",\"maxPoints\":0,"
            + "\"reasons\":[{\"code\":\"LEAK\",\"labelZh\":\"泄露\",\"labelEn\":\"Leak\"}]}]";

    @Test
    void aScorecardIsCreatedThenChangedByNewVersionsThatLeaveTheOldOnesAlone() {
        String id = "complaint-" + UUID.randomUUID();
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card(id, ITEMS))
                .when().post("/api/v1/scorecards").then().statusCode(201)
                .header("Location", endsWith("/api/v1/scorecards/" + id + "?version=1")).body("version", equalTo(1));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card(id, ITEMS))
                .when().post("/api/v1/scorecards").then().statusCode(409);

        given().auth().oauth2(TestTokens.admin("adm")).contentType(ContentType.JSON)
                .body(card(id, ITEMS.replace("\"maxPoints\":10", "\"maxPoints\":20")))
                .when().post("/api/v1/scorecards/" + id + "/versions").then().statusCode(201).body("version", equalTo(2));

        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/scorecards/" + id)
                .then().body("version", equalTo(2), "sections[0].items[0].maxPoints", equalTo(20));
        given().auth().oauth2(TestTokens.agent("a-1")).queryParam("version", 1).when().get("/api/v1/scorecards/" + id)
                .then().body("sections[0].items[0].maxPoints", equalTo(10));
    }

    @Test
    void invalidScorecardsNameTheFieldAndTheItemAndStoreNothing() {
        long before = TestDatabase.count("select count(*) from scorecard_version");
        String[][] cases = {
            {ITEMS.replace("\"maxPoints\":10", "\"maxPoints\":0"), "sections[0].items[0].maxPoints", "item A1"},
            {ITEMS.replace("\"step\":2", "\"step\":3"), "sections[0].items[0].step", "item A1"},
            {ITEMS.replace("\"maxPoints\":0", "\"maxPoints\":5"), "sections[0].items[1].maxPoints", "item A2"},
            {ITEMS.replace("\"id\":\"A2\"", "\"id\":\"A1\""), "sections[0].items[1].id", "item A1"},
            {ITEMS.replace("[{\"code\":\"LEAK\",\"labelZh\":\"泄露\",\"labelEn\":\"Leak\"}]", "[]"),
                "sections[0].items[1].reasons", "item A2"},
            {ITEMS.replace("\"labelEn\":\"Apologises\"", "\"labelEn\":\"\""), "sections[0].items[0].labelEn", "item A1"},
            {"[]", "sections[0].items", "section S"}};
        for (String[] c : cases) {
            given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card("bad-" + UUID.randomUUID(), c[0]))
                    .when().post("/api/v1/scorecards").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(c[1]), "detail", containsString(c[1]))
                    .body("errors.find { it.field == '" + c[1] + "' }.message", containsString(c[2]));
        }
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card("has space", ITEMS))
                .when().post("/api/v1/scorecards").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card("x", ITEMS))
                .when().post("/api/v1/scorecards/nope/versions").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(card("nope", ITEMS))
                .when().post("/api/v1/scorecards/nope/versions").then().statusCode(404);
        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON).body(card("e-card", ITEMS))
                .when().post("/api/v1/scorecards").then().statusCode(403);

        assertEquals(before, TestDatabase.count("select count(*) from scorecard_version"));
    }

    @Test
    void anEvaluationKeepsTheVersionItWasScoredOn() throws Exception {
        JsonPath draft = evaluate("e-sc", task("a-" + UUID.randomUUID()), false);
        int pinned = draft.getInt("scorecardVersion");
        Scorecard current = EventJson.mapper().readValue(given().auth().oauth2(LEAD)
                .when().get("/api/v1/scorecards/personal-qa").then().extract().asString(), Scorecard.class);
        String changed = EventJson.mapper().writeValueAsString(current).replace(
                "{\"code\":\"WRONG_ANSWER\"", "{\"code\":\"WRONG_POLICY\",\"labelZh\":\"政策解释错误\","
                        + "\"labelEn\":\"Wrong policy\"},{\"code\":\"WRONG_ANSWER\"");
        int published = given().auth().oauth2(LEAD).contentType(ContentType.JSON).body(changed)
                .when().post("/api/v1/scorecards/personal-qa/versions").then().statusCode(201)
                .extract().jsonPath().getInt("version");
        String wrongPolicy = "{\"itemId\":\"B1\",\"awarded\":20,\"reason\":\"WRONG_POLICY\"}";

        given().auth().oauth2(TestTokens.evaluator("e-sc")).contentType(ContentType.JSON)
                .body("{\"lockVersion\":" + draft.getInt("lockVersion") + ",\"items\":" + items(wrongPolicy) + "}")
                .when().put("/api/v1/evaluations/" + draft.getString("evaluationId")).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].reason"));
        JsonPath fresh = evaluate("e-sc", task("a-" + UUID.randomUUID()), true, wrongPolicy);

        assertEquals(published, fresh.getInt("scorecardVersion"));
        given().auth().oauth2(LEAD).when().get("/api/v1/evaluations/" + draft.getString("evaluationId"))
                .then().body("scorecardVersion", equalTo(pinned));
    }
}
