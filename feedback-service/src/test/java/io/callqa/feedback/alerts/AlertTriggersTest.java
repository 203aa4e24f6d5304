package io.callqa.feedback.alerts;

import static io.callqa.feedback.alerts.AlertFixtures.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.ComplaintReceived;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AlertTriggersTest {

    private static long alerts(String kind, String agentId) {
        return TestDatabase.count("select count(*) from alert where kind = ? and agent_id = ?", kind, agentId);
    }

    private static EvaluationReleased evaluation(String agentId, String teamId, Instant releasedAt, boolean critical,
            int b1Awarded) {
        List<ItemResult> items = List.of(
                new ItemResult("B1", "BUSINESS", "DEDUCTION", 25, b1Awarded, false, false, "INCOMPLETE_ANSWER", null,
                        null),
                new ItemResult("S1", "SERVICE", "DEDUCTION", 15, 15, false, false, null, null, null),
                new ItemResult("X1", "COMPLIANCE", "CRITICAL", 0, 0, false, critical, critical ? "ID_NUMBER_READ" : null,
                        null, null));
        return new EvaluationReleased(UUID.randomUUID(), releasedAt, UUID.randomUUID(), 1, UUID.randomUUID(),
                "call-" + UUID.randomUUID(), agentId, teamId, "e-1", List.of(new SampleSelected.Reason("RANDOM", "quota")),
                "personal-qa", 1, critical ? BigDecimal.ZERO.setScale(1) : new BigDecimal("90.0"), critical, critical,
                new EvaluationReleased.Flags(false, false, false), items, "comment", releasedAt);
    }

    private static void fileAndWait(EvaluationReleased e) {
        KafkaProbe.publish(e);
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where evaluation_id = ?", e.evaluationId()) == 1);
    }

    private static ComplaintReceived complaint(String agentId, ComplaintReceived.Severity severity) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.now(), "CP-" + UUID.randomUUID(), "call-1", agentId,
                Instant.now(), "ATTITUDE", severity, "客户投诉坐席态度差");
    }

    @Test
    void criticalFailureRaisesOneAlertEvenWhenRedelivered() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased failed = evaluation(agent, "t-crit", Instant.now(), true, 25);

        fileAndWait(failed);
        await().atMost(WAIT).until(() -> alerts("CRITICAL_FAILURE", agent) == 1);
        KafkaProbe.publish(failed);

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> alerts("CRITICAL_FAILURE", agent) == 1);
        assertEquals(failed.evaluationId().toString(), TestDatabase.text(
                "select subject_id from alert where kind = 'CRITICAL_FAILURE' and agent_id = ?", agent));
        assertEquals("t-crit", TestDatabase.text(
                "select team_id from alert where kind = 'CRITICAL_FAILURE' and agent_id = ?", agent));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("qa_feedback_alerts_raised_total{kind=\"CRITICAL_FAILURE\""));
    }

    @Test
    void thirdDeductionOfOneItemOnOneLocalDayRaisesOneAlert() {
        String agent = "a-" + UUID.randomUUID();
        // Shanghai days: 23:30 on 1 November does not count for 2 November; 00:30 on 2 November (still 1 November in
        // UTC) does
        fileAndWait(evaluation(agent, "t-rep", Instant.parse("2026-11-01T15:30:00Z"), false, 20));
        fileAndWait(evaluation(agent, "t-rep", Instant.parse("2026-11-01T16:30:00Z"), false, 20));
        fileAndWait(evaluation(agent, "t-rep", Instant.parse("2026-11-02T02:00:00Z"), false, 25));
        EvaluationReleased second = evaluation(agent, "t-rep", Instant.parse("2026-11-02T03:00:00Z"), false, 10);
        fileAndWait(second);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> alerts("REPEATED_DEDUCTION", agent) == 0);

        EvaluationReleased third = evaluation(agent, "t-rep", Instant.parse("2026-11-02T09:00:00Z"), false, 20);
        fileAndWait(third);
        await().atMost(WAIT).until(() -> alerts("REPEATED_DEDUCTION", agent) == 1);
        fileAndWait(evaluation(agent, "t-rep", Instant.parse("2026-11-02T10:00:00Z"), false, 20));
        KafkaProbe.publish(third);

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> alerts("REPEATED_DEDUCTION", agent) == 1);
        given().auth().oauth2(TestTokens.teamLead("t-rep")).queryParam("kind", "REPEATED_DEDUCTION")
                .queryParam("agentId", agent)
                .when().get("/api/v1/alerts").then().statusCode(200)
                .body("size()", equalTo(1), "[0].subjectId", equalTo(third.evaluationId().toString()),
                        "[0].details.itemId", equalTo("B1"), "[0].details.day", equalTo("2026-11-02"),
                        "[0].details.deductions", equalTo(3), "[0].teamId", equalTo("t-rep"));
    }

    @Test
    void groupLevelComplaintAlertsTheAgentsTeamOnce() {
        String agent = "a-" + UUID.randomUUID();
        AlertFixtures.onRoster(agent, "t-cp");
        ComplaintReceived group = complaint(agent, ComplaintReceived.Severity.GROUP_LEVEL);
        ComplaintReceived normal = complaint(agent, ComplaintReceived.Severity.NORMAL);

        KafkaProbe.publish(normal);
        KafkaProbe.publish(group);
        KafkaProbe.publish(group);

        await().atMost(WAIT).until(() -> alerts("GROUP_COMPLAINT", agent) == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> alerts("GROUP_COMPLAINT", agent) == 1);
        given().auth().oauth2(TestTokens.teamLead("t-cp")).queryParam("agentId", agent)
                .when().get("/api/v1/alerts").then().statusCode(200)
                .body("size()", equalTo(1), "[0].kind", equalTo("GROUP_COMPLAINT"),
                        "[0].subjectId", equalTo(group.complaintId()), "[0].teamId", equalTo("t-cp"),
                        "[0].details.category", equalTo("ATTITUDE"));
    }

    @Test
    void complaintWithoutAnAgentGoesToQaLeadsOnly() {
        ComplaintReceived anonymous = complaint(null, ComplaintReceived.Severity.GROUP_LEVEL);

        KafkaProbe.publish(anonymous);

        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from alert where subject_id = ? and team_id is null", anonymous.complaintId()) == 1);
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("kind", "GROUP_COMPLAINT").queryParam("limit", 500)
                .when().get("/api/v1/alerts").then().statusCode(200)
                .body("subjectId", hasItem(anonymous.complaintId()));
        given().auth().oauth2(TestTokens.teamLead("t-cp")).queryParam("kind", "GROUP_COMPLAINT")
                .queryParam("limit", 500)
                .when().get("/api/v1/alerts").then().statusCode(200)
                .body("subjectId", not(hasItem(anonymous.complaintId())));
    }

    @Test
    void overdueAppealIsRaisedOnceThroughTheApi() {
        String agent = "a-" + UUID.randomUUID();
        NewAlert overdue = NewAlert.appealOverdue(UUID.randomUUID(), UUID.randomUUID(), agent, "t-ap",
                Instant.parse("2026-11-02T01:00:00Z"), Instant.parse("2026-11-05T01:00:00Z"));

        AlertFixtures.raise(overdue);
        AlertFixtures.raise(overdue);

        assertEquals(1, alerts("APPEAL_OVERDUE", agent));
    }

    @Test
    void unreadableComplaintGoesToItsDeadLetterTopic() {
        String garbage = "{\"type\":\"ComplaintReceived\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"severity\":\"PLANETARY\",\"complaintId\":\"CP-bad\"}";

        KafkaProbe.send(Topics.COMPLAINTS, "a-bad", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.COMPLAINTS)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
        assertEquals(0, TestDatabase.count("select count(*) from alert where subject_id = 'CP-bad'"));
    }
}
