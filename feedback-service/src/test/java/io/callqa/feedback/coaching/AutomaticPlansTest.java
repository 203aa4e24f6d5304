package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.CoachingApi.WAIT;
import static io.callqa.feedback.coaching.CoachingApi.lost;
import static io.callqa.feedback.coaching.CoachingApi.onlyPlan;
import static io.callqa.feedback.coaching.CoachingApi.plans;
import static io.callqa.feedback.coaching.CoachingApi.publish;
import static io.callqa.feedback.coaching.CoachingApi.redLine;
import static io.callqa.feedback.coaching.CoachingApi.released;
import static io.callqa.feedback.coaching.CoachingApi.revised;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.callqa.testkit.InfraResource;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AutomaticPlansTest {

    private static final String QA = TestTokens.qaLead("q-auto");
    private static final Instant NOV_10 = Instant.parse("2026-11-10T02:00:00Z");

    @Test
    void aCriticalFailureRaisesOnePlanOnTheFailedItemDespiteRedeliveryAndRevision() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased failed = released(agent, "t-c", NOV_10, "0.0",
                List.of(lost("S1", 15, 15), redLine("X1", true)));
        publish(failed);

        JsonPath plan = onlyPlan(agent, QA);
        assertEquals("CRITICAL_FAILURE", plan.getString("trigger"));
        assertEquals(List.of("X1"), plan.getList("weakItems"));
        assertEquals(List.of(failed.evaluationId().toString()), plan.getList("evidence"));
        assertEquals("NO_DEDUCTION", plan.getString("goalKind"));
        assertEquals(3, plan.getInt("recheckCount"));
        assertEquals("OPEN", plan.getString("state"));
        assertEquals("TEAM_LEAD", plan.getString("coachRole"));
        assertEquals(null, plan.getString("coachId"));
        assertEquals("t-c", plan.getString("teamId"));
        assertEquals(List.of("LISTEN_EXCELLENT", "STUDY_KNOWLEDGE", "ROLE_PLAY"), plan.getList("tasks.kind"));
        assertEquals("/api/v1/library?item=X1", plan.getString("tasks[0].link"));
        assertEquals(Duration.ofDays(14), Duration.between(Instant.parse(plan.getString("createdAt")),
                Instant.parse(plan.getString("dueAt"))));

        KafkaProbe.publish(failed);
        KafkaProbe.publish(revised(failed, NOV_10.plusSeconds(3600), "0.0", List.of(lost("S1", 15, 15),
                redLine("X1", true))));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where evaluation_id = ?", failed.evaluationId()) >= 1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> plans(agent) == 1);
    }

    @Test
    void aMonthlyAverageUnderThePassMarkAfterThreeEvaluationsRaisesAPlanOnTheMostDeductedItems() {
        String agent = "a-" + UUID.randomUUID();
        publish(released(agent, "t-m", NOV_10, "60.0", List.of(lost("B1", 25, 5))),
                released(agent, "t-m", NOV_10.plusSeconds(60), "70.0", List.of(lost("B1", 25, 15), lost("S1", 15, 0))));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> plans(agent) == 0);

        publish(released(agent, "t-m", NOV_10.plusSeconds(120), "75.0", List.of(lost("C1", 10, 5))));

        JsonPath plan = onlyPlan(agent, QA);
        assertEquals("LOW_MONTHLY_AVERAGE", plan.getString("trigger"));
        assertEquals(List.of("B1", "S1", "C1"), plan.getList("weakItems"));
        assertEquals("AVERAGE_AT_LEAST", plan.getString("goalKind"));
        assertEquals(85.0f, plan.getFloat("goalAverage"));
        assertEquals(3, plan.getList("evidence").size());
        assertEquals(9, plan.getList("tasks").size());
    }

    @Test
    void aRevisionThatLowersTheMonthReplacesTheFiguresOfItsVersion() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased first = released(agent, "t-m", NOV_10, "90.0", List.of(lost("B1", 25, 15)));
        publish(first, released(agent, "t-m", NOV_10.plusSeconds(60), "80.0", List.of(lost("S1", 15, 5))),
                released(agent, "t-m", NOV_10.plusSeconds(120), "75.0", List.of(lost("C1", 10, 5))));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> plans(agent) == 0);

        KafkaProbe.publish(revised(first, NOV_10.plus(Duration.ofDays(25)), "50.0", List.of(lost("B1", 25, 0))));

        JsonPath plan = onlyPlan(agent, QA);
        assertEquals("LOW_MONTHLY_AVERAGE", plan.getString("trigger"));
        assertEquals("B1", plan.getString("weakItems[0]"));
    }

    @Test
    void theThirdDeductionOfAnItemWithinThirtyDaysRaisesAPlanAndLaterWeakItemsJoinIt() {
        String agent = "a-" + UUID.randomUUID();
        publish(released(agent, "t-r", NOV_10.minus(Duration.ofDays(20)), "95.0", List.of(lost("S1", 15, 10))),
                released(agent, "t-r", NOV_10.minus(Duration.ofDays(10)), "95.0", List.of(lost("S1", 15, 10))));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> plans(agent) == 0);
        publish(released(agent, "t-r", NOV_10, "96.0", List.of(lost("S1", 15, 11))));

        JsonPath plan = onlyPlan(agent, QA);
        assertEquals("REPEATED_DEDUCTION", plan.getString("trigger"));
        assertEquals(List.of("S1"), plan.getList("weakItems"));
        assertEquals("NO_DEDUCTION", plan.getString("goalKind"));
        assertEquals(3, plan.getList("evidence").size());

        for (int i = 1; i <= 3; i++) {
            publish(released(agent, "t-r", NOV_10.plus(Duration.ofDays(i)), "95.0",
                    List.of(lost("S1", 15, 10), lost("C2", 10, 5))));
        }
        await().atMost(WAIT).until(() -> TestDatabase.text(
                "select weak_items from coaching_plan where agent_id = ?", agent).contains("C2"));
        assertEquals(1, plans(agent), "C2 joined the open plan instead of raising a second one");
        JsonPath after = onlyPlan(agent, QA);
        assertEquals(List.of("S1", "C2"), after.getList("weakItems"));
        assertEquals(6, after.getList("tasks").size());
        assertTrue(after.getString("history").contains("items C2 added: REPEATED_DEDUCTION"));
    }
}
