package io.callqa.ingest.adapters;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each vendor's genuine-format payloads through the whole service: mapped, validated, published once. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AdapterEndpointsTest {

    static final String KEY = "local-development-only-acd-key";

    @Test
    void amazonConnectCtrIsPublishedOnceAndALaterVersionReplacesIt() {
        String contact = java.util.UUID.randomUUID().toString();
        String ctr = Fixtures.text("amazonconnect/ctr-inbound-answered.json")
                .replace("9a4f2c61-3b8e-4d7a-a5c2-0e1f6b9d8c47", contact);

        post("/api/v1/adapters/amazon-connect/ctr", ctr).then().statusCode(200).body("accepted", equalTo(1));
        post("/api/v1/adapters/amazon-connect/ctr", "[" + ctr + "]").then().statusCode(200)
                .body("accepted", equalTo(0), "duplicates", equalTo(1));
        post("/api/v1/adapters/amazon-connect/ctr", ctr.replace("2026-11-02T01:23:15Z", "2026-11-02T01:40:00Z"))
                .then().statusCode(200).body("accepted", equalTo(1));

        assertEquals(2, KafkaProbe.recordsMentioning(Topics.CALLS, contact).size());
        CallRecorded call = (CallRecorded) EventsOf.call(contact);
        assertEquals("T07", call.teamId());
        assertEquals(382, call.talkSeconds());
    }

    @Test
    void anIvrOnlyContactIsRejectedNamingItsQueue() {
        post("/api/v1/adapters/amazon-connect/ctr", Fixtures.text("amazonconnect/ctr-ivr-only.json"))
                .then().statusCode(200)
                .body("accepted", equalTo(0), "rejected[0].errors.field", hasItem("Queue"));
    }

    @Test
    void firehoseDeliveryAnswersWhatFirehoseExpects() {
        given().header("X-Amz-Firehose-Access-Key", KEY)
                .header("X-Amz-Firehose-Request-Id", "ed4acda5-034f-9f42-bba1-f29aea6d7d8f")
                .contentType(ContentType.JSON).body(Fixtures.text("amazonconnect/firehose-delivery.json"))
                .when().post("/api/v1/adapters/amazon-connect/firehose")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("requestId", equalTo("ed4acda5-034f-9f42-bba1-f29aea6d7d8f"), "timestamp", notNullValue());

        given().header("X-Amz-Firehose-Access-Key", KEY).header("X-Amz-Firehose-Request-Id", "req-2")
                .contentType(ContentType.JSON).body("{\"records\": 5}")
                .when().post("/api/v1/adapters/amazon-connect/firehose")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("requestId", equalTo("req-2"), "errorMessage", containsString("records"),
                        "errors.field", hasItem("records"));

        given().header("X-Amz-Firehose-Access-Key", "not-the-key").contentType(ContentType.JSON)
                .body(Fixtures.text("amazonconnect/firehose-delivery.json"))
                .when().post("/api/v1/adapters/amazon-connect/firehose")
                .then().statusCode(401);
    }

    @Test
    void freeSwitchMemberLegIsACallAndItsFormRepeatADuplicate() {
        given().auth().preemptive().basic("freeswitch", KEY).contentType(ContentType.JSON)
                .body(Fixtures.text("freeswitch/member-answered.json"))
                .when().post("/api/v1/adapters/freeswitch/json-cdr")
                .then().statusCode(200).body("outcome", equalTo("ACCEPTED"),
                        "callId", equalTo("7d3e9b14-2c8a-4f61-b5d2-9e0a1c6f3b87"));
        given().auth().preemptive().basic("freeswitch", KEY).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(Fixtures.text("freeswitch/member-answered.form").strip())
                .when().post("/api/v1/adapters/freeswitch/json-cdr")
                .then().statusCode(200).body("outcome", equalTo("DUPLICATE"));

        CallRecorded call = (CallRecorded) EventsOf.call("7d3e9b14-2c8a-4f61-b5d2-9e0a1c6f3b87");
        assertTrue(call.queueId().startsWith("support"), call.queueId());
    }

    @Test
    void freeSwitchAgentLegsAreIgnoredAndCdrsWithoutVariablesNamed() {
        given().auth().preemptive().basic("freeswitch", KEY).contentType(ContentType.JSON)
                .body(Fixtures.text("freeswitch/agent-leg.json"))
                .when().post("/api/v1/adapters/freeswitch/json-cdr")
                .then().statusCode(200).body("outcome", equalTo("IGNORED"), "reason", containsString("agent"));
        given().auth().preemptive().basic("freeswitch", KEY).contentType(ContentType.JSON)
                .body(Fixtures.text("freeswitch/no-variables.json"))
                .when().post("/api/v1/adapters/freeswitch/json-cdr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("variables"));
    }

    @Test
    void asteriskCallsSpanningUploadsArePublishedOnceAndPendingCallersNeverKeptInClear() {
        String first = Fixtures.text("asterisk/queue_log.1");

        int accepted = upload(first).then().statusCode(200).body("pending.callId", hasItem("1793582795.120"))
                .extract().path("accepted");
        assertTrue(accepted >= 4, "answered, transferred and abandoned calls of the first upload");
        assertEquals(0, TestDatabase.count("select count(*) from asterisk_pending_line where line like '%138123%'"));

        upload(Fixtures.text("asterisk/queue_log.2")).then().statusCode(200);
        CallRecorded completed = (CallRecorded) EventsOf.call("1793582795.120");
        assertEquals(412, completed.talkSeconds());
        assertEquals("138****5678", completed.callerMasked());

        upload(first).then().statusCode(200).body("accepted", equalTo(0), "duplicates", equalTo(accepted));
    }

    @Test
    void asteriskUploadsThatAreEmptyOrNotQueueLogLinesAreNamed() {
        upload("  \n").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        upload("this is not a queue_log line\n").then().statusCode(200)
                .body("accepted", equalTo(0), "rejected[0].index", equalTo(1),
                        "rejected[0].errors[0].field", equalTo("line 1"));
        given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/adapters/asterisk/queue-log")
                .then().statusCode(415).body("errors[0].field", equalTo("Content-Type"));
    }

    private static io.restassured.response.Response upload(String queueLog) {
        return given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body(queueLog)
                .when().post("/api/v1/adapters/asterisk/queue-log");
    }

    private static io.restassured.response.Response post(String path, String body) {
        return given().auth().oauth2(TestTokens.acd("connect")).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    /** The latest CallRecorded published for a call. */
    static final class EventsOf {
        static CallEvent call(String callId) {
            var records = KafkaProbe.recordsMentioning(Topics.CALLS, callId);
            return io.callqa.events.EventJson.read(records.get(records.size() - 1).value(), CallEvent.class);
        }
    }
}
