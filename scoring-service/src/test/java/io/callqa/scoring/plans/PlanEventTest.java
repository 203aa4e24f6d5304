package io.callqa.scoring.plans;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.QaPlanSet;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Months far from the current one: these plans assign no task (only the current month's plan does). */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PlanEventTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @AfterEach
    void removePlans() {
        TestDatabase.execute("delete from qa_plan where month like '2071-%'");
    }

    private static int put(String month, String body) {
        return given().auth().oauth2(TestTokens.qaLead("q-plan-event")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + month).then().extract().statusCode();
    }

    private static List<EvaluationEvent> published(String month) {
        return KafkaProbe.events(Topics.EVALUATIONS, EvaluationEvent.class, month);
    }

    @Test
    void settingAPlanPublishesTheWholePlanOnce() {
        assertEquals(200, put("2071-03", "{\"targets\":[{\"personId\":\"e-pe1\",\"target\":40},"
                + "{\"personId\":\"e-pe2\",\"target\":25}]}"));

        await().atMost(WAIT).until(() -> !published("2071-03").isEmpty());
        List<EvaluationEvent> events = published("2071-03");
        assertEquals(1, events.size());
        QaPlanSet event = (QaPlanSet) events.get(0);
        assertEquals(YearMonth.of(2071, 3), event.month());
        assertEquals(List.of(new QaPlanSet.Target("e-pe1", 40), new QaPlanSet.Target("e-pe2", 25)), event.targets());
        assertEquals("q-plan-event", event.setBy());
        assertEquals(event.occurredAt(), event.setAt());
    }

    @Test
    void aRejectedPlanPublishesNothing() {
        given().auth().oauth2(TestTokens.qaLead("q-plan-event")).contentType(ContentType.JSON)
                .body("{\"targets\":[{\"personId\":\"e-pe3\",\"target\":5},{\"personId\":\"e-pe3\",\"target\":6}]}")
                .when().put("/api/v1/plans/2071-04").then().statusCode(400)
                .body("errors[0].field", equalTo("targets[1].personId"));
        assertEquals(400, put("2071-04", "{\"targets\":[{\"personId\":\"e-pe3\",\"target\":0}]}"));
        assertEquals(200, put("2071-04", "{\"targets\":[{\"personId\":\"e-pe3\",\"target\":7}]}"));

        // same key, same partition: had a rejected PUT published anything, it would come before the accepted one
        await().atMost(WAIT).until(() -> !published("2071-04").isEmpty());
        List<EvaluationEvent> events = published("2071-04");
        assertEquals(1, events.size());
        assertEquals(List.of(new QaPlanSet.Target("e-pe3", 7)), ((QaPlanSet) events.get(0)).targets());
    }
}
