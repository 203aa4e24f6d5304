package io.callqa.ingest.calls;

import static io.callqa.ingest.CallRecords.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(InfraResource.class)
class CallBatchTest {

    private static RequestSpecification acd(String contentType) {
        return given().auth().oauth2(TestTokens.acd("acd-1")).contentType(contentType);
    }

    private static String id() {
        return "c-" + UUID.randomUUID();
    }

    private static String line(String callId) {
        return record(callId, "a-batch").replace("\n", " ");
    }

    @Test
    void validRecordsOfABatchArePublishedEvenWhenOthersAreNot() {
        String good = id();
        String bad = id();

        acd("application/json").body("[" + record(good, "a-1") + ","
                        + record(bad, "a-1").replace("09:00:27+08:00", "08:00:00+08:00") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(1), "duplicates", equalTo(0), "rejected", hasSize(1),
                        "rejected[0].index", equalTo(1), "rejected[0].callId", equalTo(bad),
                        "rejected[0].errors[0].field", equalTo("endedAt"));

        assertEquals(1, KafkaProbe.recordsMentioning(Topics.CALLS, good).size());
        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, bad).isEmpty());
    }

    @Test
    void aCallSentTwiceIsPublishedOnceAndCountedAsDuplicate() {
        String callId = id();

        acd("application/json").body("[" + record(callId, "a-1") + "]").when().post("/api/v1/calls")
                .then().statusCode(200).body("accepted", equalTo(1));
        acd("application/json").body("[" + record(callId, "a-1") + "]").when().post("/api/v1/calls")
                .then().statusCode(200).body("accepted", equalTo(0), "duplicates", equalTo(1));
        acd("application/json").body(record(callId, "a-1")).when().post("/api/v1/calls")
                .then().statusCode(202).body("duplicate", equalTo(true), "callId", equalTo(callId));

        assertEquals(1, KafkaProbe.recordsMentioning(Topics.CALLS, callId).size());
    }

    @Test
    void theSameCallIdTwiceInOneBatchRejectsTheSecond() {
        String callId = id();

        acd("application/json").body("[" + record(callId, "a-1") + "," + record(callId, "a-1") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(1), "rejected[0].index", equalTo(1),
                        "rejected[0].errors[0].field", equalTo("callId"),
                        "rejected[0].errors[0].message", containsString("record 0"));

        assertEquals(1, KafkaProbe.recordsMentioning(Topics.CALLS, callId).size());
    }

    @Test
    void ndjsonTruncatedLineRejectsOnlyThatRecord() {
        String first = id();
        String second = id();
        String truncated = line(id());

        acd("application/x-ndjson").body((line(first) + "\n\n" + truncated.substring(0, 80) + "\n" + line(second) + "\n").getBytes(UTF_8))
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(2), "rejected", hasSize(1), "rejected[0].index", equalTo(1),
                        "rejected[0].errors[0].field", equalTo("record"),
                        "rejected[0].errors[0].message", containsString("line 3"));
    }

    @Test
    void emptyBatchesAreRefused() {
        acd("application/json").body("[]").when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("empty"));
        acd("application/x-ndjson").body("\n\n".getBytes(UTF_8)).when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void malformedJsonInABatchPublishesNothing() {
        String callId = id();

        acd("application/json").body("[" + record(callId, "a-1") + ", {\"callId\": ]")
                .when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("line"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from accepted_record where id = ?", callId));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void moreThanTenThousandRecordsIsTooLarge() {
        String batch = IntStream.range(0, 10_001).mapToObj(i -> "{\"callId\":\"x" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));

        acd("application/json").body(batch).when().post("/api/v1/calls")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "errors[0].message", containsString("10000"));
    }

    @Test
    void aBodyOverThirtyTwoMebibytesIsTooLarge() {
        byte[] body = new byte[32 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';

        acd("application/json").body(body).when().post("/api/v1/calls")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aRecordOverTheRecordLimitIsRejectedAlone() {
        String big = id();
        String small = id();
        String padding = "x".repeat(270_000);

        acd("application/json").body("[" + record(big, "a-1").replace("\"teamId\":\"t-1\"", "\"teamId\":\"t-1\","
                        + "\"note\":\"" + padding + "\"") + "," + record(small, "a-1") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(1), "rejected[0].index", equalTo(0),
                        "rejected[0].errors[0].message", containsString("256 KiB"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = ("[" + record(id(), "a-1") + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body[20] = (byte) 0xC3;
        body[21] = (byte) 0x28;

        acd("application/json").body(body).when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("body"),
                        "errors[0].message", containsString("UTF-8"));
    }

    @Test
    void absurdValuesAreNamedPerField() {
        String callId = id();

        acd("application/json").body("[" + record(callId, "a-1").replace("\"teamId\":\"t-1\"",
                        "\"teamId\":\"t-1\",\"talkSeconds\":-4,\"holdSeconds\":999999,\"csat\":9")
                .replace("2026-11-02T09:00:27+08:00", "2099-01-01T00:00:00+08:00") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("rejected[0].errors.field", hasItems("talkSeconds", "holdSeconds", "csat", "endedAt"));
    }

    @Test
    void aCallAnsweredBeforeItWasEnqueuedIsNamedAndNotPublished() {
        String callId = id();

        acd("application/json").body("[" + record(callId, "a-1").replace("09:00:15+08:00", "08:59:00+08:00") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(0), "rejected[0].errors[0].field", equalTo("answeredAt"),
                        "rejected[0].errors[0].message", equalTo("must not be before enqueuedAt"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }

    @Test
    void idsWithSqlOrScriptAreRejected() {
        acd("application/json").body("[" + record("x'; drop table call;--", "a-1") + ","
                        + record(id(), "<script>alert(1)</script>") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(200)
                .body("accepted", equalTo(0), "rejected[0].errors[0].field", equalTo("callId"),
                        "rejected[1].errors[0].field", equalTo("agentId"));
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        acd("text/plain").body(record(id(), "a-1")).when().post("/api/v1/calls")
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"), "detail", containsString("text/plain"));
        acd(ContentType.JSON.toString()).body("\"just a string\"").when().post("/api/v1/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
