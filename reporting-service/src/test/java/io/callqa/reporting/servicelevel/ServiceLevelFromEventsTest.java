package io.callqa.reporting.servicelevel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The grid from published IntervalClosed and CallRecorded events, through the projections. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ServiceLevelFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String queue = "q-" + UUID.randomUUID();

    private IntervalClosed closed(String start, int offered, int within, int abandoned, String level,
            IntervalEvent.Verdict verdict) {
        Instant at = Instant.parse(start);
        Instant end = at.plusSeconds(1800);
        return new IntervalClosed(UUID.randomUUID(), end, IntervalEvent.Scope.QUEUE, queue, at, end, 30,
                new IntervalEvent.Figures(offered, within, abandoned, level == null ? null : new BigDecimal(level),
                        new BigDecimal("0.8000"), verdict), end.plusSeconds(60));
    }

    private CallRecorded call(String enqueued, int wait, boolean answered) {
        Instant in = Instant.parse(enqueued);
        Instant pickedUp = answered ? in.plusSeconds(wait) : null;
        Instant ended = answered ? pickedUp.plusSeconds(100) : in.plusSeconds(wait);
        String id = "c-" + UUID.randomUUID();
        return new CallRecorded(UUID.randomUUID(), ended, id, CallRecorded.Channel.VOICE,
                CallRecorded.Direction.INBOUND, queue, answered ? "a-" + queue : null, answered ? "t-sle" : null,
                "hash-" + id, "138****5678", in, pickedUp, ended, answered ? 100 : null, answered ? 0 : null, wait,
                answered ? CallRecorded.CallOutcome.ANSWERED : CallRecorded.CallOutcome.ABANDONED,
                CallRecorded.ReleasedBy.CUSTOMER, null, null, null, List.of());
    }

    @Test
    void gridFromPublishedIntervalsAndCalls() {
        KafkaProbe.publish(closed("2033-01-20T01:00:00Z", 10, 9, 0, "0.9000", IntervalEvent.Verdict.MET));
        KafkaProbe.publish(closed("2033-01-20T01:30:00Z", 4, 2, 1, "0.5000", IntervalEvent.Verdict.MISSED));
        KafkaProbe.publish(call("2033-01-20T01:05:00Z", 30, true));
        KafkaProbe.publish(call("2033-01-20T01:10:00Z", 10, true));
        KafkaProbe.publish(call("2033-01-20T01:40:00Z", 40, false));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from interval_fact where queue_id = ?", queue) == 2
                && TestDatabase.count("select coalesce(sum(offered), 0) from call_day where queue_id = ?", queue) == 3);

        given().auth().oauth2(TestTokens.qaLead("q-1"))
                .queryParam("from", "2033-01-20").queryParam("to", "2033-01-20").queryParam("queueId", queue)
                .when().get("/api/v1/reports/service-level")
                .then().statusCode(200)
                .body("lengthMinutes", equalTo(30), "intervals", contains("09:00", "09:30"),
                        "days[0].serviceLevels", contains(0.9f, 0.5f), "days[0].missed", contains("09:30"),
                        "days[0].totals.serviceLevel", equalTo(0.7857f),
                        "days[0].totals.answerSpeedSeconds", equalTo(20.0f),
                        "days[0].totals.abandonRate", equalTo(0.3333f));
    }
}
