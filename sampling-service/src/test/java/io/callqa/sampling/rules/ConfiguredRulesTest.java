package io.callqa.sampling.rules;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

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

    /** Short calls capped at one per agent and day, as URGENT; repeat callers switched off. */
    public static class Switches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qa.rules.short-call.cap-per-agent-per-day", "1",
                    "qa.rules.short-call.priority", "URGENT",
                    "qa.rules.repeat-call.enabled", "false");
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
