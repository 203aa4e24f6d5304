package io.callqa.reporting.coverage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Coverage from published samples and an evaluation of one of them, through the projections. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class CoverageFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant SELECTED = Instant.parse("2033-06-10T02:00:00Z");

    private final String team = "t-" + UUID.randomUUID();

    private SampleSelected sample(String rule, SampleSelected.Mode mode, Instant due) {
        UUID id = UUID.randomUUID();
        return new SampleSelected(UUID.randomUUID(), SELECTED, id, "c-" + id, "a-cov-ev", team, "q-cov",
                new SampleSelected.CallSummary(SELECTED, SELECTED, SELECTED.plusSeconds(60), 50, 5, null),
                List.of(new SampleSelected.Reason(rule, rule + " detail")), mode, SampleSelected.Priority.NORMAL,
                SELECTED, due);
    }

    @Test
    void coverageFromPublishedSamplesAndEvaluations() {
        SampleSelected evaluated = sample("SHORT_CALL", SampleSelected.Mode.POSTHOC, Instant.parse("2020-01-01T00:00:00Z"));
        SampleSelected overdue = sample("SHORT_CALL", SampleSelected.Mode.POSTHOC, Instant.parse("2020-01-01T00:00:00Z"));
        SampleSelected pending = sample("RANDOM", SampleSelected.Mode.REALTIME, Instant.parse("2099-01-01T00:00:00Z"));
        List.of(evaluated, overdue, pending).forEach(KafkaProbe::publish);
        EvaluationReleased e = io.callqa.testkit.Fixtures.released("a-cov-ev", team, "90.0", SELECTED.plusSeconds(3600));
        KafkaProbe.publish(new EvaluationReleased(e.eventId(), e.occurredAt(), e.evaluationId(), 1, evaluated.sampleId(),
                evaluated.callId(), e.agentId(), e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(),
                e.scorecardVersion(), e.totalScore(), e.criticalFailed(), e.problemFound(), e.flags(), e.items(),
                e.comment(), e.releasedAt()));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample_fact where team_id = ?", team) == 3
                && TestDatabase.count("select count(*) from evaluation_fact where sample_id = ?::uuid",
                        evaluated.sampleId().toString()) == 1);

        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("week", "2033-W23")
                .when().get("/api/v1/reports/coverage")
                .then().statusCode(200)
                .body("total.sampled", equalTo(3), "total.evaluated", equalTo(1), "total.overdue", equalTo(1),
                        "byRule.name", contains("SHORT_CALL", "RANDOM"), "byRule.sampled", contains(2, 1),
                        "byMode.name", contains("POSTHOC", "REALTIME"), "byMode.evaluated", contains(1, 0));
    }
}
