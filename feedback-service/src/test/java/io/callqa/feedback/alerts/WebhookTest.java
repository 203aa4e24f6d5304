package io.callqa.feedback.alerts;

import static io.callqa.feedback.alerts.AlertFixtures.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(value = WebhookReceiver.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {

    private static List<Map<String, Object>> received(String path, long alertId) {
        String log = ConfigProvider.getConfig().getValue("webhook-receiver.log", String.class);
        return given().when().get(log).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream()
                .filter(r -> path.equals(r.get("path")) && Long.toString(alertId).equals(r.get("eventId"))).toList();
    }

    @Test
    void signedAlertIsRetriedAfterAFailureAndLogged() {
        String agent = "a-" + UUID.randomUUID();
        long id = AlertFixtures.raiseOverdueAppeal(agent, "t-hook");

        await().atMost(WAIT).until(() -> received("/flaky", id).size() == 2);
        List<Map<String, Object>> requests = received("/flaky", id);
        assertEquals(500, requests.get(0).get("answered"));
        assertEquals(200, requests.get(1).get("answered"));
        for (Map<String, Object> request : requests) {
            String body = (String) request.get("body");
            assertEquals(WebhookSignature.of(WebhookReceiver.FLAKY_SECRET, (String) request.get("timestamp"), body),
                    request.get("signature"));
            assertTrue(((String) request.get("signature")).matches("sha256=[0-9a-f]{64}"));
            assertEquals("application/json", request.get("contentType"));
            JsonPath alert = new JsonPath(body);
            assertEquals((int) id, alert.getInt("id"));
            assertEquals("APPEAL_OVERDUE", alert.getString("kind"));
            assertEquals(agent, alert.getString("agentId"));
        }
        await().atMost(WAIT).until(() -> "DELIVERED".equals(TestDatabase.text(
                "select status from webhook_delivery where alert_id = ? and target = 'flaky'", id)));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("alertId", id).queryParam("target", "flaky")
                .when().get("/api/v1/alerts/deliveries").then().statusCode(200)
                .body("size()", equalTo(1), "[0].status", equalTo("DELIVERED"), "[0].attempts", equalTo(2),
                        "[0].lastStatusCode", equalTo(200));
    }

    @Test
    void deliveryThatNeverSucceedsIsMarkedFailedAfterTheLastAttempt() {
        long id = AlertFixtures.raiseOverdueAppeal("a-" + UUID.randomUUID(), "t-hook");

        await().atMost(WAIT).until(() -> "FAILED".equals(TestDatabase.text(
                "select status from webhook_delivery where alert_id = ? and target = 'down'", id)));
        assertEquals(3, received("/down", id).size());
        given().auth().oauth2(TestTokens.admin("root")).queryParam("alertId", id).queryParam("status", "FAILED")
                .when().get("/api/v1/alerts/deliveries").then().statusCode(200)
                .body("size()", equalTo(1), "[0].target", equalTo("down"), "[0].attempts", equalTo(3),
                        "[0].lastStatusCode", equalTo(500), "[0].lastError", equalTo("HTTP 500"));
    }

    @Test
    void targetsTakeOnlyTheirKinds() {
        String agent = "a-" + UUID.randomUUID();
        AlertFixtures.raise(new NewAlert(AlertKind.GROUP_COMPLAINT, agent, "t-hook", "CP-" + agent, "test complaint",
                Map.of(), "TEST:" + agent));
        long id = TestDatabase.count("select id from alert where dedupe_key = ?", "TEST:" + agent);

        assertEquals(1, TestDatabase.count("select count(*) from webhook_delivery where alert_id = ?", id));
        assertEquals("flaky", TestDatabase.text("select target from webhook_delivery where alert_id = ?", id));
    }

    @Test
    void onlyQaLeadsReadTheDeliveryLog() {
        given().auth().oauth2(TestTokens.teamLead("t-hook")).when().get("/api/v1/alerts/deliveries")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("status", "LOST")
                .when().get("/api/v1/alerts/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
