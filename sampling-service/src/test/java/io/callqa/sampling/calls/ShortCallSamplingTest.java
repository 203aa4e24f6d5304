package io.callqa.sampling.calls;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.EventJson;
import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ShortCallSamplingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shortCallIsSampledOnceEvenWhenDeliveredTwice() {
        String agent = "a-" + UUID.randomUUID();
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 12);

        KafkaProbe.publish(call);
        KafkaProbe.publish(call);

        await().atMost(WAIT).until(() -> !KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).isEmpty());
        SampleSelected sample = (SampleSelected) KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).get(0);
        assertEquals(call.callId(), sample.callId());
        assertEquals("SHORT_CALL", sample.reasons().get(0).rule());
        assertEquals(SampleSelected.Mode.REALTIME, sample.mode());
        assertEquals(SampleSelected.Priority.HIGH, sample.priority());
        assertEquals(sample.selectedAt().plus(Duration.ofHours(4)), sample.dueAt());
        assertEquals(call.recordingUri(), sample.call().recordingUri());
        assertEquals(1, TestDatabase.count("select count(*) from call where call_id = ?", call.callId()));
        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size() == 1);
    }

    @Test
    void aRecordRedeliveredInALaterPollChangesNothing() {
        String agent = "a-" + UUID.randomUUID();
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 12);
        KafkaProbe.publish(call);
        await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size() == 1);

        KafkaProbe.publish(call);
        CallRecorded marker = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 30);
        KafkaProbe.publish(marker);

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                marker.callId()) == 1);
        assertEquals(1, KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size());
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ?", call.callId()));
    }

    @Test
    void aLaterRecordOfTheSameCallReplacesItButNeverMakesASecondSample() {
        String agent = "a-" + UUID.randomUUID();
        String callId = "c-" + UUID.randomUUID();
        CallRecorded first = Fixtures.answeredCall(callId, agent, "t-1", 12);
        CallRecorded corrected = Fixtures.answeredCall(callId, agent, "t-1", 15, first.enqueuedAt().plusSeconds(1));

        KafkaProbe.publish(first);
        await().atMost(WAIT).until(() -> KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size() == 1);
        KafkaProbe.publish(corrected);

        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from call where call_id = ? and talk_seconds = 15", callId) == 1);
        assertEquals(1, KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).size());
    }

    @Test
    void longCallIsIndexedButNotSampled() {
        String agent = "a-" + UUID.randomUUID();
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, "t-1", 20);

        KafkaProbe.publish(call);

        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                call.callId()) == 1);
        assertEquals(0, TestDatabase.count("select count(*) from sample where call_id = ?", call.callId()));
    }

    @Test
    void unreadableCallRecordGoesToTheDeadLetterTopic() {
        String garbage = "{\"type\":\"CallRecorded\",\"eventId\":\"not-a-uuid\",\"marker\":\"" + UUID.randomUUID() + "\"}";

        KafkaProbe.send(Topics.CALLS, "a-1", garbage);

        await().atMost(WAIT).until(() -> KafkaProbe.records(Topics.deadLetter(Topics.CALLS)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
    }

    @Test
    void samplesAreListedForQaStaffAndScopedForTeamLeadsAndAgents() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        CallRecorded call = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 5);
        KafkaProbe.send(Topics.CALLS, agent, EventJson.write(call));
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample where call_id = ?",
                call.callId()) == 1);

        given().auth().oauth2(TestTokens.evaluator("e-1")).queryParam("agentId", agent)
                .when().get("/api/v1/samples")
                .then().statusCode(200)
                .body("items.callId", hasItem(call.callId()), "items[0].reasons[0].rule", equalTo("SHORT_CALL"),
                        "items[0].call.talkSeconds", equalTo(5));
        given().auth().oauth2(TestTokens.teamLead(team)).when().get("/api/v1/samples")
                .then().statusCode(200).body("items.teamId", everyItem(equalTo(team)), "items.callId", hasItem(call.callId()));
        given().auth().oauth2(TestTokens.teamLead("t-other")).when().get("/api/v1/samples")
                .then().statusCode(200).body("items.callId", not(hasItem(call.callId())));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/samples")
                .then().statusCode(200).body("items.agentId", everyItem(equalTo(agent)));
        given().auth().oauth2(TestTokens.agent("someone-else")).queryParam("agentId", agent)
                .when().get("/api/v1/samples")
                .then().statusCode(200).body("total", equalTo(0), "items.size()", equalTo(0));
    }

    @Test
    void listingNeedsAStaffOrAgentRoleAndAValidSize() {
        given().when().get("/api/v1/samples").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/samples")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.qaLead("q")).queryParam("size", 0).when().get("/api/v1/samples")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.qaLead("q")).queryParam("size", "ten").when().get("/api/v1/samples")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
