package io.callqa.feedback.appeals;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class OverdueAppealsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anAppealUndecidedPastItsDueTimeRaisesOneAlertForTheTeamLeadAndQaLeads() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        EvaluationReleased e = Fixtures.released(agent, team, "80.0", Instant.now());
        KafkaProbe.publish(e);
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from feedback_item where evaluation_id = ?", e.evaluationId()) == 1);
        String feedbackId = TestDatabase.text("select id::text from feedback_item where evaluation_id = ?",
                e.evaluationId());
        String appealId = given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON)
                .body(Map.of("disputedItems", List.of("B1"), "reason", "the answer was complete"))
                .when().post("/api/v1/feedback/{id}/appeal", feedbackId)
                .then().statusCode(201).extract().path("appealId");
        assertEquals(0, TestDatabase.count("select count(*) from alert where subject_id = ?", appealId));

        TestDatabase.execute("update appeal set filed_at = now() - interval '4 days' where id = ?::uuid", appealId);

        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from alert where kind = 'APPEAL_OVERDUE' and subject_id = ?", appealId) == 1);
        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/alerts?kind=APPEAL_OVERDUE")
                .then().statusCode(200).body("find { it.subjectId == '" + appealId + "' }.agentId",
                        equalTo(agent));
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from alert where subject_id = ?", appealId) == 1);
    }
}
