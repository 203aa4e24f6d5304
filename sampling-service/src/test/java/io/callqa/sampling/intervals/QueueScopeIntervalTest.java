package io.callqa.sampling.intervals;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.Topics;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(InfraResource.class)
@TestProfile(QueueScopeIntervalTest.PerQueue.class)
class QueueScopeIntervalTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Each queue on its own, 15-minute intervals, abandons under 10 s neither offered nor counted as abandoned. */
    public static class PerQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qa.sla.scope", "QUEUE", "qa.sla.interval-minutes", "15",
                    "qa.sla.short-abandon-seconds", "10");
        }
    }

    @Test
    void eachQueueHasItsOwnFifteenMinuteIntervalsAndShortAbandonsAreNotOffered() {
        Instant nine = Calls.freshDay().plus(Duration.ofHours(9));
        String queue = Calls.id("q");
        String other = Calls.id("q");
        KafkaProbe.publish(inQueue(Calls.answered(Calls.id("c"), Calls.id("a"), null, nine.plusSeconds(60), 5, 60),
                queue));
        KafkaProbe.publish(inQueue(Calls.answered(Calls.id("c"), Calls.id("a"), null, nine.plusSeconds(90), 40, 60),
                queue));
        KafkaProbe.publish(inQueue(Calls.abandoned(Calls.id("c"), null, nine.plusSeconds(120), 5), queue));
        KafkaProbe.publish(inQueue(Calls.abandoned(Calls.id("c"), null, nine.plusSeconds(150), 30), queue));
        KafkaProbe.publish(inQueue(Calls.answered(Calls.id("c"), Calls.id("a"), null, nine.plusSeconds(200), 5, 60),
                other));

        Calls.advanceTo(nine.plus(Duration.ofMinutes(31)));

        IntervalClosed closed = await().atMost(WAIT).until(() -> closed(queue), c -> c != null);
        assertEquals(IntervalEvent.Scope.QUEUE, closed.scope());
        assertEquals(nine.plus(Duration.ofMinutes(15)), closed.end());
        assertEquals(15, closed.lengthMinutes());
        assertEquals(new IntervalEvent.Figures(3, 1, 1, new BigDecimal("0.3333"), new BigDecimal("0.80"),
                IntervalEvent.Verdict.MISSED), closed.figures());
        IntervalClosed otherQueue = await().atMost(WAIT).until(() -> closed(other), c -> c != null);
        assertEquals(IntervalEvent.Verdict.MET, otherQueue.figures().verdict());
    }

    private static IntervalClosed closed(String queue) {
        List<IntervalEvent> events = KafkaProbe.events(Topics.INTERVALS, IntervalEvent.class, queue);
        return events.stream().filter(IntervalClosed.class::isInstance).map(IntervalClosed.class::cast).findFirst()
                .orElse(null);
    }

    private static CallRecorded inQueue(CallRecorded c, String queue) {
        return new CallRecorded(c.eventId(), c.occurredAt(), c.callId(), c.channel(), c.direction(), queue,
                c.agentId(), c.teamId(), c.callerHash(), c.callerMasked(), c.enqueuedAt(), c.answeredAt(),
                c.endedAt(), c.talkSeconds(), c.holdSeconds(), c.waitSeconds(), c.outcome(), c.releasedBy(),
                c.recordingUri(), c.wrapUpCode(), c.csat(), c.transcript());
    }
}
