package io.callqa.feedback.files;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.Topics;
import io.callqa.feedback.FeedbackTestEvents;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class QaFileTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void fileAndWait(EvaluationReleased... evaluations) {
        for (EvaluationReleased e : evaluations) {
            KafkaProbe.publish(e);
        }
        for (EvaluationReleased e : evaluations) {
            await().atMost(WAIT).until(() -> TestDatabase.count(
                    "select count(*) from qa_file_entry where evaluation_id = ?", e.evaluationId()) == 1);
        }
    }

    @Test
    void releasedEvaluationsFillTheAgentsFileOnceEach() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased first = Fixtures.released(agent, "t-1", "95.0", Instant.parse("2026-11-03T02:00:00Z"));
        EvaluationReleased second = Fixtures.released(agent, "t-1", "70.0", Instant.parse("2026-11-04T02:00:00Z"));
        fileAndWait(first, second);
        KafkaProbe.publish(first);

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(200)
                .body("evaluations", equalTo(2), "averageScore", equalTo(82.5f), "problemsFound", equalTo(1),
                        "teamId", equalTo("t-1"),
                        "entries[0].evaluationId", equalTo(second.evaluationId().toString()),
                        "entries[0].deductions[0].itemId", equalTo("B1"),
                        "entries[0].deductions[0].reason", equalTo("INCOMPLETE_ANSWER"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where agent_id = ?", agent) == 2);
    }

    @Test
    void theFileShowsPeriodsWeaknessesStrengthsRevisionsAndWhatFollowed() {
        String agent = "a-" + UUID.randomUUID();
        Instant now = Instant.now();
        EvaluationReleased first = Fixtures.released(agent, "t-2", "80.0", now.minus(Duration.ofDays(5)));
        EvaluationReleased second = Fixtures.released(agent, "t-2", "60.0", now.minus(Duration.ofHours(1)));
        fileAndWait(first, second);
        KafkaProbe.publish(FeedbackTestEvents.revised(second, new BigDecimal("100.0")));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where evaluation_id = ?", second.evaluationId()) == 2);

        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(200)
                .body("evaluations", equalTo(2), "averageScore", equalTo(90.0f),
                        "weaknesses[0].itemId", equalTo("B1"), "weaknesses[0].timesDeducted", equalTo(1),
                        "strengths[0].sectionId", equalTo("BUSINESS"),
                        "months[0].evaluations", notNullValue(), "quarters[0].period", containsString("-Q"),
                        "entries[0].evaluationId", equalTo(second.evaluationId().toString()),
                        "entries[0].version", equalTo(2),
                        "entries[0].revisions[0].totalScore", equalTo(60.0f),
                        "entries[0].revisions[1].cause", equalTo("CORRECTION"),
                        "entries[0].revisions[1].reason", equalTo("re-listened"),
                        "entries[1].revisions", hasSize(0),
                        "followed.awaitingAcknowledgement", equalTo(2),
                        "followed.acknowledgementOverdue", equalTo(1),
                        "followed.acknowledged", equalTo(0));
    }

    @Test
    void teamFilesStandSideBySideForTheTeamLeadAndQaStaffOnly() {
        String team = "t-" + UUID.randomUUID();
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        fileAndWait(Fixtures.released(a, team, "90.0", Instant.now()), Fixtures.released(b, team, "70.0", Instant.now()),
                Fixtures.released(b, "t-other", "50.0", Instant.now()));

        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/teams/{t}/files", team)
                .then().statusCode(200)
                .body("agents", equalTo(2), "averageScore", equalTo(80.0f),
                        "files.agentId", equalTo(java.util.List.of(a, b).stream().sorted().toList()),
                        "files.find { it.agentId == '" + b + "' }.evaluations", equalTo(1),
                        "files.find { it.agentId == '" + b + "' }.followed.awaitingAcknowledgement", equalTo(1));
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/teams/{t}/files", team)
                .then().statusCode(200).body("agents", equalTo(2));
        given().auth().oauth2(TestTokens.teamLead("t-other")).when().get("/api/v1/teams/{t}/files", team)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent(a)).when().get("/api/v1/teams/{t}/files", team)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/teams/{t}/files", "t-nobody")
                .then().statusCode(200).body("agents", equalTo(0));
    }

    @Test
    void agentReadsOnlyTheirOwnFile() {
        String agent = "a-" + UUID.randomUUID();
        fileAndWait(Fixtures.released(agent, "t-1", "90.0", Instant.now()));

        given().auth().oauth2(TestTokens.agent("someone-else")).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void teamLeadReadsTheirTeamAndQaStaffEveryone() {
        String agent = "a-" + UUID.randomUUID();
        fileAndWait(Fixtures.released(agent, "t-7", "90.0", Instant.now()));

        given().auth().oauth2(TestTokens.teamLead("t-7")).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(200).body("evaluations", equalTo(1));
        given().auth().oauth2(TestTokens.teamLead("t-8")).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(200).body("evaluations", equalTo(1));
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/agents/{id}/file", agent)
                .then().statusCode(403);
        given().when().get("/api/v1/agents/{id}/file", agent).then().statusCode(401);
    }

    @Test
    void agentWithoutEvaluationsHasAnEmptyFile() {
        given().auth().oauth2(TestTokens.agent("a-new")).when().get("/api/v1/agents/a-new/file")
                .then().statusCode(200).body("evaluations", equalTo(0), "entries.size()", equalTo(0));
    }

    @Test
    void unreadableEvaluationGoesToTheDeadLetterTopic() {
        String garbage = "{\"type\":\"EvaluationReleased\",\"eventId\":\"" + UUID.randomUUID() + "\",\"version\":\"x\"}";

        KafkaProbe.send(Topics.EVALUATIONS, "a-1", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.EVALUATIONS)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
        assertEquals(0, TestDatabase.count("select count(*) from qa_file_entry where agent_id = 'a-1'"));
    }
}
