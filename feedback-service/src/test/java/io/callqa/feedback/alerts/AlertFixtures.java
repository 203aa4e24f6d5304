package io.callqa.feedback.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.callqa.events.AgentUpdated;
import io.callqa.kit.persistence.Transactions;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.arc.Arc;
import io.vertx.core.Vertx;

import static org.awaitility.Awaitility.await;

/** Raising alerts through the public API, as other features do, and roster entries through the real broker. */
final class AlertFixtures {

    static final Duration WAIT = Duration.ofSeconds(30);

    private AlertFixtures() {
    }

    /** An overdue appeal of {@code agentId} in {@code teamId}, raised in a transaction of its own; its alert id. */
    static long raiseOverdueAppeal(String agentId, String teamId) {
        NewAlert alert = NewAlert.appealOverdue(UUID.randomUUID(), UUID.randomUUID(), agentId, teamId,
                Instant.parse("2026-11-02T01:00:00Z"), Instant.parse("2026-11-05T01:00:00Z"));
        raise(alert);
        return TestDatabase.count("select id from alert where dedupe_key = ?", alert.dedupeKey());
    }

    static void raise(NewAlert alert) {
        Alerts alerts = Arc.container().instance(Alerts.class).get();
        Vertx vertx = Arc.container().instance(Vertx.class).get();
        PollLoop.onFreshContext(vertx, () -> Transactions.run(() -> alerts.raise(alert)))
                .await().atMost(Duration.ofSeconds(20));
    }

    /** Publishes the agent's roster entry and waits until the service has it. */
    static void onRoster(String agentId, String teamId) {
        Instant now = Instant.now();
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), now, agentId, "Agent " + agentId, teamId, "s-1",
                java.time.LocalDate.parse("2026-01-05"), true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_roster where agent_id = ? and team_id = ?", agentId, teamId) == 1);
    }
}
