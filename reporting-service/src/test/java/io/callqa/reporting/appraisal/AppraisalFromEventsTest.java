package io.callqa.reporting.appraisal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.CallRecorded;
import io.callqa.events.ComplaintReceived;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The appraisal from published calls, an evaluation, a complaint and a roster entry, through the projections. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AppraisalFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String team = "t-" + UUID.randomUUID();
    private final String agent = "a-" + UUID.randomUUID();
    private final String caller = "hash-" + UUID.randomUUID();

    private CallRecorded answered(String callId, String enqueued, int wait, int talk, int hold, int csat) {
        Instant in = Instant.parse(enqueued);
        Instant pickedUp = in.plusSeconds(wait);
        Instant ended = pickedUp.plusSeconds(talk + hold);
        return new CallRecorded(UUID.randomUUID(), ended, callId, CallRecorded.Channel.VOICE,
                CallRecorded.Direction.INBOUND, "q-apr", agent, team, caller, "138****5678", in, pickedUp, ended, talk,
                hold, wait, CallRecorded.CallOutcome.ANSWERED, CallRecorded.ReleasedBy.CUSTOMER, null, null, csat,
                List.of());
    }

    @Test
    void appraisalFromPublishedEvents() {
        String second = "c-" + UUID.randomUUID();
        // the same caller calls back two hours later: the first call is a repeat, FCR 0.5
        KafkaProbe.publish(answered("c-" + UUID.randomUUID(), "2033-07-10T01:00:00Z", 10, 200, 40, 5));
        KafkaProbe.publish(answered(second, "2033-07-10T03:00:00Z", 30, 260, 0, 3));
        KafkaProbe.publish(Fixtures.released(agent, team, "90.0", Instant.parse("2033-07-15T02:00:00Z")));
        KafkaProbe.publish(new ComplaintReceived(UUID.randomUUID(), Instant.parse("2033-07-20T02:00:00Z"),
                "k-" + UUID.randomUUID(), second, agent, Instant.parse("2033-07-20T02:00:00Z"), "ATTITUDE",
                ComplaintReceived.Severity.NORMAL, "rude"));
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), Instant.now(), agent, "Han Meimei", team, "lead-1",
                LocalDate.of(2030, 1, 1), true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select coalesce(sum(answered), 0) * 10 + coalesce(sum(repeated), 0) from call_day where agent_id = ?",
                agent) == 21
                && TestDatabase.count("select count(*) from evaluation_fact where agent_id = ?", agent) == 1
                && TestDatabase.count("select count(*) from complaint_fact where agent_id = ?", agent) == 1
                && TestDatabase.count("select count(*) from agent_fact where agent_id = ?", agent) == 1);

        // quality 0.7×90 + 0.3×50 = 78; efficiency AHT 250 s, ASA 20 s → 100; satisfaction CSAT 4 → 75, 500
        // complaints per 1,000 → 0: 37.5; score 0.5×78 + 0.25×100 + 0.25×37.5 = 73.375
        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("quarter", "2033-Q3")
                .when().get("/api/v1/reports/appraisal")
                .then().statusCode(200)
                .body("agents.agentId", contains(agent), "agents[0].name", equalTo("Han Meimei"),
                        "agents[0].quality.firstContactResolution", equalTo(0.5f),
                        "agents[0].quality.score", equalTo(78.0f),
                        "agents[0].efficiency.averageHandleSeconds", equalTo(250.0f),
                        "agents[0].efficiency.answerSpeedSeconds", equalTo(20.0f),
                        "agents[0].efficiency.score", equalTo(100.0f),
                        "agents[0].satisfaction.averageCsat", equalTo(4.0f),
                        "agents[0].satisfaction.complaintsPer1000", equalTo(500.0f),
                        "agents[0].satisfaction.score", equalTo(37.5f),
                        "agents[0].score", equalTo(73.4f), "agents[0].rank", equalTo(1));
    }
}
