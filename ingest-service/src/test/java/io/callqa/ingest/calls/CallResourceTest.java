package io.callqa.ingest.calls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.callqa.ingest.CallRecords.record;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(InfraResource.class)
class CallResourceTest {

    private static RequestSpecification acd() {
        return given().auth().oauth2(TestTokens.acd("acd-1")).contentType(ContentType.JSON);
    }

    @Test
    void acceptedRecordIsPublishedOnceKeyedByAgentWithDerivedFields() {
        String callId = "c-" + UUID.randomUUID();
        String agent = "a-" + UUID.randomUUID();

        acd().body(record(callId, agent)).when().post("/api/v1/calls")
                .then().statusCode(202).body("callId", equalTo(callId));

        var published = KafkaProbe.events(Topics.CALLS, CallEvent.class, agent);
        assertEquals(1, published.size());
        CallRecorded call = (CallRecorded) published.get(0);
        assertEquals(12, call.talkSeconds());
        assertEquals(15, call.waitSeconds());
        assertEquals(CallRecorded.CallOutcome.ANSWERED, call.outcome());
        assertEquals(CallRecorded.Direction.INBOUND, call.direction());
        assertEquals("2026-11-02T01:00:00Z", call.enqueuedAt().toString());
        assertEquals("138****5678", call.callerMasked());
        assertEquals(64, call.callerHash().length());
    }

    @Test
    void callerNumberIsNeverPublishedInClear() {
        String callId = "c-" + UUID.randomUUID();

        acd().body(record(callId, "a-clear")).when().post("/api/v1/calls").then().statusCode(202);

        String raw = KafkaProbe.recordsMentioning(Topics.CALLS, callId).get(0).value();
        assertFalse(raw.contains("13800135678") || raw.contains("138-0013-5678"), raw);
    }

    @Test
    void abandonedCallWaitsUntilTheCallerHungUp() {
        String callId = "c-" + UUID.randomUUID();

        acd().body("""
                {"callId":"%s","queueId":"q-1","enqueuedAt":"2026-11-02T09:00:00Z","endedAt":"2026-11-02T09:00:40Z"}
                """.formatted(callId)).when().post("/api/v1/calls").then().statusCode(202);

        CallRecorded call = (CallRecorded) KafkaProbe.events(Topics.CALLS, CallEvent.class, "q-1").stream()
                .filter(e -> ((CallRecorded) e).callId().equals(callId)).findFirst().orElseThrow();
        assertEquals(CallRecorded.CallOutcome.ABANDONED, call.outcome());
        assertEquals(40, call.waitSeconds());
    }

    @Test
    void unknownFieldsAreIgnored() {
        String callId = "c-" + UUID.randomUUID();

        acd().body(record(callId, "a-1").replace("{", "{\"vendorExtra\":{\"x\":1},"))
                .when().post("/api/v1/calls").then().statusCode(202);
    }

    @Test
    void rejectsRecordWithoutRequiredFieldsAndPublishesNothing() {
        String callId = "c-" + UUID.randomUUID();

        acd().body("{\"callId\":\"" + callId + "\",\"answeredAt\":\"2026-11-02T09:00:15Z\"}")
                .when().post("/api/v1/calls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("queueId", "agentId", "enqueuedAt", "endedAt"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }

    @Test
    void transcriptUtterancesKeepTheirEndsAndAnEndBeforeTheStartIsRejected() {
        String callId = "c-" + UUID.randomUUID();
        String agent = "a-" + UUID.randomUUID();
        String transcript = ",\"transcript\":[{\"speaker\":\"AGENT\",\"offsetMs\":0,\"endOffsetMs\":1800,"
                + "\"text\":\"您好\"},{\"speaker\":\"CUSTOMER\",\"offsetMs\":2500,\"text\":\"查话费\"}]}";

        acd().body(record(callId, agent).replaceFirst("}\\s*$", transcript.replace("1800", "-1")))
                .when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript[0].endOffsetMs"));
        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());

        acd().body(record(callId, agent).replaceFirst("}\\s*$", transcript)).when().post("/api/v1/calls")
                .then().statusCode(202);
        CallRecorded call = (CallRecorded) KafkaProbe.events(Topics.CALLS, CallEvent.class, agent).get(0);
        assertEquals(1800L, call.transcript().get(0).endOffsetMs());
        assertEquals(null, call.transcript().get(1).endOffsetMs());
    }

    @Test
    void rejectsRecordEndingBeforeItStarts() {
        String callId = "c-" + UUID.randomUUID();

        acd().body(record(callId, "a-1").replace("09:00:27+08:00", "08:59:00+08:00"))
                .when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("endedAt"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }

    @Test
    void rejectsBadCallIdAndTimestampFormat() {
        acd().body(record("bad id with spaces", "a-1")).when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("callId"));
        acd().body(record("c-fmt", "a-1").replace("2026-11-02T09:00:00+08:00", "02/11/2026 09:00"))
                .when().post("/api/v1/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("enqueuedAt"), "errors[0].message", containsString("ISO-8601"));
        acd().body(record("c-enum", "a-1").replace("\"queueId\"", "\"direction\":\"SIDEWAYS\",\"queueId\""))
                .when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("direction"));
    }

    @Test
    void rejectsMalformedJsonEmptyBodyAndWrongContentType() {
        acd().body("{\"callId\": \"c-1\",").when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        acd().when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.acd("acd-1")).contentType("application/xml").body("<call/>")
                .when().post("/api/v1/calls")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void requiresAnAcdToken() {
        String callId = "c-" + UUID.randomUUID();

        given().contentType(ContentType.JSON).body(record(callId, "a-1")).when().post("/api/v1/calls")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON).body(record(callId, "a-1"))
                .when().post("/api/v1/calls")
                .then().statusCode(403).contentType("application/problem+json");

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }
}
