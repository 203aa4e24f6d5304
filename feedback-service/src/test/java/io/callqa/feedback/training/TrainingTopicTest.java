package io.callqa.feedback.training;

import static io.callqa.feedback.coaching.CoachingApi.WAIT;
import static io.callqa.feedback.coaching.CoachingApi.lost;
import static io.callqa.feedback.coaching.CoachingApi.publish;
import static io.callqa.feedback.coaching.CoachingApi.released;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class TrainingTopicTest {

    private static final Instant SEP_10 = Instant.parse("2026-09-10T02:00:00Z");

    private static long topics(String team) {
        return TestDatabase.count("select count(*) from training_topic where team_id = ?", team);
    }

    @Test
    void anItemDeductedForThirtyPercentOfATeamsAgentsInAMonthRaisesOneTopic() {
        String team = "t-" + UUID.randomUUID();
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agents.add("a-" + UUID.randomUUID());
            KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), SEP_10, agents.get(i), "agent " + i, team,
                    "lead-" + team, LocalDate.parse("2025-01-02"), true));
        }
        // the team's ten agents are known, so the share does not depend on the order evaluations arrive in
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from agent_roster where team_id = ?",
                team) == 10);
        for (int i = 0; i < 7; i++) {
            publish(released(agents.get(i), team, SEP_10.plusSeconds(i), "95.0",
                    List.of(lost("S1", 15, 15), lost("C1", 10, i >= 5 ? 5 : 10))));
        }
        for (int i = 0; i < 3; i++) {
            publish(released(agents.get(7 + i), team, SEP_10.plusSeconds(60 + i), "95.0",
                    List.of(lost("S1", 15, 10))));
        }

        await().atMost(WAIT).until(() -> topics(team) == 1);
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("month", "2026-09").when()
                .get("/api/v1/teams/{team}/training-topics", team).then().statusCode(200)
                .body("", hasSize(1), "[0].itemId", equalTo("S1"), "[0].share", equalTo(0.3f),
                        "[0].agents", equalTo(3), "[0].agentsTotal", equalTo(10), "[0].deductions", equalTo(3),
                        "[0].month", equalTo("2026-09"));

        publish(released("a-" + UUID.randomUUID(), team, SEP_10.plusSeconds(120), "95.0", List.of(lost("S1", 15, 10))));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> topics(team) == 1);
        given().auth().oauth2(TestTokens.qaLead("q-1")).when().get("/api/v1/teams/{team}/training-topics", team)
                .then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2026-10").when()
                .get("/api/v1/teams/{team}/training-topics", team).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlyTheTeamsLeadAndQaStaffReadItsTopics() {
        given().auth().oauth2(TestTokens.teamLead("t-x")).when().get("/api/v1/teams/t-y/training-topics").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/teams/t-x/training-topics").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("e-1")).when().get("/api/v1/teams/t-x/training-topics").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.teamLead("t-x")).when().get("/api/v1/teams/t-x/training-topics").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.teamLead("t-x")).queryParam("month", "2026-13").when()
                .get("/api/v1/teams/t-x/training-topics").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }
}
