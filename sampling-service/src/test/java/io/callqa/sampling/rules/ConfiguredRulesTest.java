package io.callqa.sampling.rules;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CoachingCompleted;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(InfraResource.class)
@TestProfile(ConfiguredRulesTest.Switches.class)
class ConfiguredRulesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant DAY = Instant.parse("2026-11-16T01:00:00Z");

    /**
     * Short calls capped at one per agent and day, as URGENT; repeat callers switched off; re-check picks capped
     * at one per agent and day, as NORMAL.
     */
    public static class Switches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qa.rules.short-call.cap-per-agent-per-day", "1",
                    "qa.rules.short-call.priority", "URGENT",
                    "qa.rules.repeat-call.enabled", "false",
                    "qa.rules.recheck.cap-per-agent-per-day", "1",
                    "qa.rules.recheck.priority", "NORMAL");
        }
    }

    @Test
    void aCappedRulePicksAtMostItsCapPerAgentAndLocalDay() {
        String agent = Calls.id("a");
        String first = Calls.id("c");
        String second = Calls.id("c");
        String nextDay = Calls.id("c");
        KafkaProbe.publish(Calls.answered(first, agent, null, DAY, 5, 10));
        KafkaProbe.publish(Calls.answered(second, agent, null, DAY.plusSeconds(600), 5, 10));
        KafkaProbe.publish(Calls.answered(nextDay, agent, null, DAY.plus(Duration.ofDays(1)), 5, 10));

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample where agent_id = ?",
                agent) == 2);
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ? and priority = 'URGENT'",
                first));
        assertEquals(1, TestDatabase.count("select count(*) from sample where call_id = ?", nextDay));
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", second));
    }

    @Test
    void aReCheckPickOverTheCapDoesNotCountAndTheNextDaysCallTakesItsPlace() {
        String agent = Calls.id("a");
        UUID plan = UUID.randomUUID();
        KafkaProbe.publish(completed(plan, agent, DAY.minusSeconds(60)));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from recheck where plan_id = "
                + "cast(? as uuid)", plan.toString()) == 1);
        String first = Calls.id("c");
        String sameDay = Calls.id("c");
        String nextDay = Calls.id("c");
        String dayAfter = Calls.id("c");
        KafkaProbe.publish(Calls.answered(first, agent, null, DAY, 5, 120));
        KafkaProbe.publish(Calls.answered(sameDay, agent, null, DAY.plusSeconds(600), 5, 120));
        KafkaProbe.publish(Calls.answered(nextDay, agent, null, DAY.plus(Duration.ofDays(1)), 5, 120));
        KafkaProbe.publish(Calls.answered(dayAfter, agent, null, DAY.plus(Duration.ofDays(2)), 5, 120));

        assertReCheckPicks(agent, plan, first, sameDay, nextDay, dayAfter);
    }

    @Test
    void indexedCallsOverTheReCheckCapAreSkippedWhenTheReCheckOpens() {
        String agent = Calls.id("a");
        UUID plan = UUID.randomUUID();
        String first = Calls.id("c");
        String sameDay = Calls.id("c");
        String nextDay = Calls.id("c");
        String dayAfter = Calls.id("c");
        KafkaProbe.publish(Calls.answered(first, agent, null, DAY, 5, 120));
        KafkaProbe.publish(Calls.answered(sameDay, agent, null, DAY.plusSeconds(600), 5, 120));
        KafkaProbe.publish(Calls.answered(nextDay, agent, null, DAY.plus(Duration.ofDays(1)), 5, 120));
        KafkaProbe.publish(Calls.answered(dayAfter, agent, null, DAY.plus(Duration.ofDays(2)), 5, 120));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where agent_id = ?",
                agent) == 4);

        KafkaProbe.publish(completed(plan, agent, DAY.minusSeconds(60)));

        assertReCheckPicks(agent, plan, first, sameDay, nextDay, dayAfter);
    }

    /** Re-check 1 of 2 on the first call, none on the second (capped), 2 of 2 the next day, nothing after. */
    private static void assertReCheckPicks(String agent, UUID plan, String first, String sameDay, String nextDay,
            String dayAfter) {
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample where agent_id = ?",
                agent) == 2);
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and detail = ?",
                first, "re-check 1 of 2 after coaching plan " + plan));
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and detail = ?",
                nextDay, "re-check 2 of 2 after coaching plan " + plan));
        assertEquals(2, TestDatabase.count("select count(*) from sample where call_id in (?, ?) and mode = "
                + "'REALTIME' and priority = 'NORMAL'", first, nextDay));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                dayAfter) == 1);
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?)", sameDay,
                dayAfter));
        assertEquals(0, TestDatabase.count("select remaining from recheck where plan_id = cast(? as uuid)",
                plan.toString()));
    }

    private static CoachingCompleted completed(UUID plan, String agent, Instant completedAt) {
        return new CoachingCompleted(UUID.randomUUID(), completedAt, plan, agent, "t-9", List.of("greeting"),
                CoachingCompleted.GoalKind.AVERAGE_AT_LEAST, new BigDecimal("85"), 2, "lead-t-9", completedAt);
    }

    @Test
    void aDisabledRulePicksNothing() {
        String caller = Calls.id("hash");
        String earlier = Calls.id("c");
        String later = Calls.id("c");
        KafkaProbe.publish(Calls.answered(earlier, Calls.id("a"), caller, DAY, 5, 60));
        KafkaProbe.publish(Calls.answered(later, Calls.id("a"), caller, DAY.plusSeconds(3600), 5, 60));

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id in (?, ?)",
                earlier, later) == 2);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from sample where call_id = ?", earlier) == 0);
    }
}
