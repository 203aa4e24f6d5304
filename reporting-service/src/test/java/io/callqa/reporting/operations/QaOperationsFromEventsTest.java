package io.callqa.reporting.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.CalibrationCompleted;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.QaPlanSet;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** May 2033 of one evaluator from published events, through the projections (no other test uses 2033-05). */
@QuarkusTest
@WithTestResource(InfraResource.class)
class QaOperationsFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String evaluator = "ev-" + UUID.randomUUID();

    private EvaluationReleased released(String at) {
        EvaluationReleased e = Fixtures.released("a-ops-ev", "t-ops-ev", "85.0", Instant.parse(at));
        return new EvaluationReleased(e.eventId(), e.occurredAt(), e.evaluationId(), e.version(), e.sampleId(),
                e.callId(), e.agentId(), e.teamId(), evaluator, e.reasons(), e.scorecardId(), e.scorecardVersion(),
                e.totalScore(), e.criticalFailed(), e.problemFound(), e.flags(), e.items(), e.comment(),
                e.releasedAt());
    }

    @Test
    void planCalibrationAndAppealsFromPublishedEvents() {
        Instant now = Instant.parse("2033-05-01T00:00:00Z");
        KafkaProbe.publish(new QaPlanSet(UUID.randomUUID(), now, YearMonth.of(2033, 5),
                List.of(new QaPlanSet.Target(evaluator, 2)), "q-1", now));
        EvaluationReleased first = released("2033-05-10T02:00:00Z");
        KafkaProbe.publish(first);
        KafkaProbe.publish(released("2033-05-12T02:00:00Z"));
        UUID appeal = UUID.randomUUID();
        Instant filed = Instant.parse("2033-05-11T02:00:00Z");
        Instant decided = Instant.parse("2033-05-11T08:00:00Z");
        KafkaProbe.publish(new AppealFiled(UUID.randomUUID(), filed, appeal, first.evaluationId(), 1, "a-ops-ev",
                "t-ops-ev", List.of("B1"), "I did explain the policy", filed));
        KafkaProbe.publish(new AppealDecided(UUID.randomUUID(), decided, appeal, first.evaluationId(), 1, "a-ops-ev",
                "t-ops-ev", AppealDecided.Decision.REJECTED, "the policy was half explained", "q-1", null, decided));
        Instant closed = Instant.parse("2033-05-20T02:00:00Z");
        KafkaProbe.publish(new CalibrationCompleted(UUID.randomUUID(), closed, UUID.randomUUID(), "c-cal",
                "personal-qa", 1, "q-1", new BigDecimal("90.0"), new BigDecimal("5.0"),
                List.of(new CalibrationCompleted.Result(evaluator, new BigDecimal("83.0"), new BigDecimal("7.0"),
                        new BigDecimal("0.8000"), true)), closed));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from evaluation_fact where evaluator_id = ? and latest", evaluator) == 2
                && TestDatabase.count("select count(*) from appeal_fact where appeal_id = ?::uuid and filed_at is not null "
                        + "and decided_at is not null", appeal.toString()) == 1
                && TestDatabase.count("select count(*) from calibration_fact where evaluator_id = ?", evaluator) == 1
                && TestDatabase.count("select count(*) from qa_plan_target_fact where person_id = ?", evaluator) == 1);

        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2033-05")
                .when().get("/api/v1/reports/qa-operations")
                .then().statusCode(200)
                .body("planSet", equalTo(true), "evaluators.evaluatorId", contains(evaluator),
                        "evaluators[0].target", equalTo(2), "evaluators[0].done", equalTo(2),
                        "evaluators[0].completionPercent", equalTo(100.0f),
                        "evaluators[0].calibration.deviation", equalTo(7.0f),
                        "evaluators[0].calibration.flagged", equalTo(true),
                        "appeals.evaluations", equalTo(2), "appeals.filed", equalTo(1), "appeals.rate", equalTo(0.5f),
                        "appeals.decided", equalTo(1), "appeals.upheldShare", equalTo(0.0f),
                        "appeals.averageHoursToDecision", equalTo(6.0f), "appeals.medianHoursToDecision", equalTo(6.0f));
    }
}
