package io.callqa.feedback.roster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class RosterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static AgentUpdated update(String agent, String team, Instant at, boolean active) {
        return new AgentUpdated(UUID.randomUUID(), at, agent, "张三", team, "s-1", LocalDate.parse("2026-01-05"), active);
    }

    @Test
    void theLatestUpdateOfEachAgentWins() {
        String agent = "a-" + UUID.randomUUID();
        Instant now = Instant.now();

        KafkaProbe.publish(update(agent, "t-new", now, true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_roster where agent_id = ? and team_id = 't-new'", agent) == 1);
        KafkaProbe.publish(update(agent, "t-old", now.minusSeconds(60), true));
        KafkaProbe.publish(update(agent, "t-new", now.plusSeconds(60), false));

        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_roster where agent_id = ? and active = false", agent) == 1);
        assertEquals("t-new", TestDatabase.text("select team_id from agent_roster where agent_id = ?", agent));
    }

    @Test
    void unreadableRosterRecordGoesToItsDeadLetterTopic() {
        String garbage = "{\"type\":\"AgentUpdated\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"agentId\":\"a-bad-roster\",\"hireDate\":\"someday\"}";

        KafkaProbe.send(Topics.ROSTER, "a-bad-roster", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.ROSTER)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
        assertEquals(0, TestDatabase.count("select count(*) from agent_roster where agent_id = 'a-bad-roster'"));
    }
}
