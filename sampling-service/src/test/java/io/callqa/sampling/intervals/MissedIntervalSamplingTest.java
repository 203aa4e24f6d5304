package io.callqa.sampling.intervals;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.IntervalUpdated;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class MissedIntervalSamplingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aMissedIntervalSamplesItsLongInboundCallsWhenTheWatermarkClosesIt() {
        Instant nine = Calls.freshDay().plus(Duration.ofHours(9));
        String agent = Calls.id("a");
        String longCall = Calls.id("c");
        String exactly200 = Calls.id("c");
        String outbound = Calls.id("c");
        KafkaProbe.publish(Calls.answered(longCall, agent, null, nine.plusSeconds(60), 30, 250));
        KafkaProbe.publish(Calls.answered(exactly200, agent, null, nine.plusSeconds(120), 30, 200));
        KafkaProbe.publish(Calls.answered(Calls.id("c"), agent, null, nine.plusSeconds(180), 45, 100));
        KafkaProbe.publish(Calls.answered(Calls.id("c"), agent, null, nine.plusSeconds(240), 10, 100));
        KafkaProbe.publish(Calls.answered(Calls.id("c"), agent, null, nine.plusSeconds(300), 20, 100));
        KafkaProbe.publish(Calls.outbound(outbound, agent, nine.plusSeconds(400), 300));

        Calls.advanceTo(nine.plus(Duration.ofMinutes(46)));

        IntervalClosed closed = await().atMost(WAIT).until(() -> intervalEvent(IntervalClosed.class, nine),
                Optional::isPresent).orElseThrow();
        assertEquals(new IntervalEvent.Figures(5, 2, 0, new BigDecimal("0.4000"), new BigDecimal("0.80"),
                IntervalEvent.Verdict.MISSED), closed.figures());
        assertEquals(nine.plus(Duration.ofMinutes(30)), closed.end());
        SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, longCall), Optional::isPresent)
                .orElseThrow();
        assertEquals("SLA_MISS_LONG_CALL", sample.reasons().get(0).rule());
        assertEquals(SampleSelected.Mode.POSTHOC, sample.mode());
        assertTrue(sample.reasons().get(0).detail().contains("2 of 5 offered answered within 20 s = 0.4000 < 0.80"),
                sample.reasons().get(0).detail());
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id in (?, ?)", exactly200,
                outbound));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_intervals_closed_total{verdict=\"MISSED\"}"),
                        containsString("qa_interval_service_level{scope=\"CENTER\"}"),
                        containsString("qa_samples_selected_total{rule=\"SLA_MISS_LONG_CALL\"}"),
                        containsString("qa_calls_indexed_total"));
    }

    @Test
    void aLateRecordThatMakesAClosedIntervalMissSamplesItsLongCallsThen() {
        Instant ten = Calls.freshDay().plus(Duration.ofHours(10));
        String agent = Calls.id("a");
        String longCall = Calls.id("c");
        KafkaProbe.publish(Calls.answered(longCall, agent, null, ten.plusSeconds(60), 5, 300));
        KafkaProbe.publish(Calls.answered(Calls.id("c"), agent, null, ten.plusSeconds(120), 5, 100));
        Calls.advanceTo(ten.plus(Duration.ofMinutes(46)));
        IntervalClosed closed = await().atMost(WAIT).until(() -> intervalEvent(IntervalClosed.class, ten),
                Optional::isPresent).orElseThrow();
        assertEquals(IntervalEvent.Verdict.MET, closed.figures().verdict());
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", longCall));

        KafkaProbe.publish(Calls.abandoned(Calls.id("c"), null, ten.plusSeconds(200), 40));

        IntervalUpdated updated = await().atMost(WAIT).until(() -> intervalEvent(IntervalUpdated.class, ten),
                Optional::isPresent).orElseThrow();
        assertEquals(IntervalEvent.Verdict.MET, updated.previousVerdict());
        assertEquals(new IntervalEvent.Figures(3, 2, 1, new BigDecimal("0.6667"), new BigDecimal("0.80"),
                IntervalEvent.Verdict.MISSED), updated.figures());
        SampleSelected sample = await().atMost(WAIT).until(() -> Calls.selected(agent, longCall), Optional::isPresent)
                .orElseThrow();
        assertEquals("SLA_MISS_LONG_CALL", sample.reasons().get(0).rule());
        assertEquals(1, TestDatabase.count("select count(*) from service_interval where start_at = ? "
                + "and verdict = 'MISSED'", Timestamp.from(ten)));
    }

    @Test
    void aCallIndexedBeforeTheCloseThatEndedAfterItIsALateRecordAsItWouldBeLive() {
        Instant eleven = Calls.freshDay().plus(Duration.ofHours(11));
        String agent = Calls.id("a");
        String early = Calls.id("c");
        String endsLate = Calls.id("c");
        KafkaProbe.publish(Calls.answered(early, agent, null, eleven.plusSeconds(60), 40, 300));
        KafkaProbe.publish(Calls.answered(Calls.id("c"), agent, null, eleven.plusSeconds(120), 5, 100));
        // enqueued in the interval, ends at 11:47, after its end plus the allowed lateness (11:45): a live stream
        // closes the interval before this record can arrive; here it is indexed first, as in a replay running ahead
        KafkaProbe.publish(Calls.answered(endsLate, agent, null, eleven.plus(Duration.ofMinutes(29)), 5, 1075));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                endsLate) == 1);
        Calls.advanceTo(eleven.plus(Duration.ofMinutes(46)));

        IntervalClosed closed = await().atMost(WAIT).until(() -> intervalEvent(IntervalClosed.class, eleven),
                Optional::isPresent).orElseThrow();
        assertEquals(new IntervalEvent.Figures(2, 1, 0, new BigDecimal("0.5000"), new BigDecimal("0.80"),
                IntervalEvent.Verdict.MISSED), closed.figures());
        IntervalUpdated updated = await().atMost(WAIT).until(() -> intervalEvent(IntervalUpdated.class, eleven),
                Optional::isPresent).orElseThrow();
        assertEquals(IntervalEvent.Verdict.MISSED, updated.previousVerdict());
        assertEquals(new IntervalEvent.Figures(3, 2, 0, new BigDecimal("0.6667"), new BigDecimal("0.80"),
                IntervalEvent.Verdict.MISSED), updated.figures());
        // the close samples the long call it counted; the late one is sampled as the interval stays MISSED
        assertTrue(TestDatabase.text("select detail from sample_reason where call_id = ?", early)
                .contains("1 of 2 offered"));
        assertTrue(TestDatabase.text("select detail from sample_reason where call_id = ?", endsLate)
                .contains("2 of 3 offered"));
    }

    private static <T extends IntervalEvent> Optional<T> intervalEvent(Class<T> type, Instant start) {
        List<IntervalEvent> events = KafkaProbe.events(Topics.INTERVALS, IntervalEvent.class, "CENTER");
        return events.stream().filter(type::isInstance).map(type::cast).filter(e -> e.start().equals(start))
                .findFirst();
    }
}
