package io.callqa.feedback.alerts;

import static io.callqa.feedback.alerts.AlertFixtures.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code qa.feedback.alerts.raised{kind}} and {@code qa.feedback.alerts.unacknowledged{kind}} on {@code /q/metrics}
 * (the gauge is counted every second in tests). Other tests raise alerts too, so the gauge is compared with the
 * database and the counter by how much it grows.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AlertMetricsTest {

    private static final String KIND = "kind=\"APPEAL_OVERDUE\"";

    private static double value(String name) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + KIND + "}") + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static long unacknowledgedInDatabase() {
        return TestDatabase.count("select count(*) from alert where kind = 'APPEAL_OVERDUE' and acknowledged_at is null");
    }

    @Test
    void aRaisedAlertIsCountedOnceAndOpenUntilAcknowledged() {
        double raised = value("qa_feedback_alerts_raised_total");
        long id = AlertFixtures.raiseOverdueAppeal("a-" + UUID.randomUUID(), "t-metrics");

        await().atMost(WAIT).until(() -> value("qa_feedback_alerts_raised_total") == raised + 1);
        await().atMost(WAIT).until(() -> value("qa_feedback_alerts_unacknowledged") == unacknowledgedInDatabase()
                && unacknowledgedInDatabase() >= 1);
        long open = unacknowledgedInDatabase();

        given().auth().oauth2(TestTokens.qaLead("q-metrics")).when().post("/api/v1/alerts/" + id + "/acknowledge")
                .then().statusCode(200);
        await().atMost(WAIT).until(() -> value("qa_feedback_alerts_unacknowledged") == unacknowledgedInDatabase()
                && unacknowledgedInDatabase() < open);
    }
}
