package io.callqa.sampling.neighbours;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.SampleSelected;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class NeighbourSamplingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant DAY = Instant.parse("2026-11-12T01:00:00Z");

    @Test
    void aProblemSamplesTheCallsJustBeforeAndAfterAndTheChainStopsThreeFromTheOrigin() {
        String agent = Calls.id("a");
        List<String> calls = publishCalls(agent, 9);
        String origin = calls.get(4);

        KafkaProbe.publish(Calls.evaluation(origin, agent, true));
        SampleSelected before = await().atMost(WAIT)
                .until(() -> Calls.selected(agent, calls.get(3)), Optional::isPresent).orElseThrow();
        await().atMost(WAIT).until(() -> Calls.selected(agent, calls.get(5)).isPresent());
        assertEquals("NEIGHBOUR", before.reasons().get(0).rule());
        assertEquals(SampleSelected.Priority.HIGH, before.priority());
        assertTrue(before.reasons().get(0).detail().contains("call before call " + origin), before.reasons().get(0)
                .detail());

        KafkaProbe.publish(Calls.evaluation(calls.get(5), agent, true));
        await().atMost(WAIT).until(() -> Calls.selected(agent, calls.get(6)).isPresent());
        KafkaProbe.publish(Calls.evaluation(calls.get(6), agent, true));
        await().atMost(WAIT).until(() -> Calls.selected(agent, calls.get(7)).isPresent());
        KafkaProbe.publish(Calls.evaluation(calls.get(7), agent, true));
        KafkaProbe.publish(Calls.evaluation(calls.get(3), agent, false));

        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from evaluation where agent_id = ?", agent) == 5);
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?, ?)", calls.get(8),
                calls.get(2), origin));
    }

    @Test
    void aRevisionReplacesTheScoreButPicksNoNeighbours() {
        String agent = Calls.id("a");
        List<String> calls = publishCalls(agent, 3);
        EvaluationReleased released = Calls.evaluation(calls.get(1), agent, false);
        KafkaProbe.publish(released);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from evaluation where evaluation_id = ?",
                released.evaluationId()) == 1);

        KafkaProbe.publish(new EvaluationRevised(UUID.randomUUID(), Instant.now(), released.evaluationId(), 2, 1,
                EvaluationRevised.Cause.CORRECTION, null, "red line missed", "q-1", released.sampleId(),
                released.callId(), agent, released.teamId(), released.evaluatorId(), released.reasons(),
                released.scorecardId(), released.scorecardVersion(), new BigDecimal("0.0"), true, true,
                released.flags(), List.of(), null, Instant.now()));

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from evaluation where evaluation_id = ? "
                + "and version = 2 and total_score = 0 and problem_found", released.evaluationId()) == 1);
        assertEquals(1, TestDatabase.count("select count(*) from evaluation where evaluation_id = ? "
                + "and abs(extract(epoch from released_at) - ?) < 0.001", released.evaluationId(),
                released.releasedAt().toEpochMilli() / 1000.0));
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?)", calls.get(0),
                calls.get(2)));
    }

    @Test
    void theCallAfterIsPickedWhenItArrivesLater() {
        String agent = Calls.id("a");
        List<String> calls = publishCalls(agent, 2);

        KafkaProbe.publish(Calls.evaluation(calls.get(1), agent, true));
        await().atMost(WAIT).until(() -> Calls.selected(agent, calls.get(0)).isPresent());
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from neighbour_wait where origin_call_id = ?", calls.get(1)) == 1);
        String next = Calls.id("c");
        KafkaProbe.publish(Calls.answered(next, agent, null, DAY.plus(Duration.ofMinutes(30)), 5, 60));

        SampleSelected after = await().atMost(WAIT).until(() -> Calls.selected(agent, next), Optional::isPresent)
                .orElseThrow();
        assertEquals("NEIGHBOUR", after.reasons().get(0).rule());
        assertEquals(0, TestDatabase.count("select count(*) from neighbour_wait where origin_call_id = ?",
                calls.get(1)));
    }

    /** {@code count} answered calls of the agent, a minute apart, in order. */
    private static List<String> publishCalls(String agent, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Calls.id("c");
            ids.add(id);
            KafkaProbe.publish(Calls.answered(id, agent, null, DAY.plus(Duration.ofMinutes(i)), 5, 30));
        }
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where agent_id = ?", agent)
                == count);
        return ids;
    }
}
