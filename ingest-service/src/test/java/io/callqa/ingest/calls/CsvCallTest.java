package io.callqa.ingest.calls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(InfraResource.class)
class CsvCallTest {

    static final String HEADER = "callId,queueId,agentId,callerNumber,enqueuedAt,answeredAt,endedAt,talkSeconds,wrapUpCode\r\n";

    private static RequestSpecification csv() {
        return given().auth().oauth2(TestTokens.acd("acd-1")).contentType("text/csv");
    }

    private static String row(String callId, String agent) {
        return callId + ",Q-BILLING," + agent + ",13800135678,2026-11-02T09:00:00+08:00,2026-11-02T09:00:10+08:00,"
                + "2026-11-02T09:03:40+08:00,205,\"BILLING,QUERY\"\r\n";
    }

    @Test
    void rowsArePublishedWithTextualNumbersAndQuotedCommas() {
        String callId = "csv-" + UUID.randomUUID();
        String agent = "a-" + UUID.randomUUID();

        csv().body(HEADER + row(callId, agent)).when().post("/api/v1/calls/csv")
                .then().statusCode(200).body("accepted", equalTo(1), "rejected", hasSize(0));

        CallRecorded call = (CallRecorded) KafkaProbe.events(Topics.CALLS, CallEvent.class, agent).get(0);
        assertEquals(205, call.talkSeconds());
        assertEquals("BILLING,QUERY", call.wrapUpCode());
        assertEquals("138****5678", call.callerMasked());
    }

    @Test
    void rowsWithMissingOrExtraColumnsAreRejectedAlone() {
        String good = "csv-" + UUID.randomUUID();
        String missing = "csv-" + UUID.randomUUID();
        String extra = "csv-" + UUID.randomUUID();

        csv().body(HEADER + row(good, "a-1") + missing + ",Q-BILLING,a-1\r\n"
                        + row(extra, "a-1").replace("\r\n", ",surplus\r\n"))
                .when().post("/api/v1/calls/csv")
                .then().statusCode(200)
                .body("accepted", equalTo(1), "rejected", hasSize(2),
                        "rejected[0].index", equalTo(1), "rejected[0].callId", equalTo(missing),
                        "rejected[0].errors[0].field", equalTo("row"),
                        "rejected[0].errors[0].message", containsString("3 values but the header names 9"),
                        "rejected[1].index", equalTo(2),
                        "rejected[1].errors[0].message", containsString("10 values"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, missing).isEmpty());
        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, extra).isEmpty());
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsRefused() {
        String callId = "csv-" + UUID.randomUUID();

        csv().body(HEADER.replace("talkSeconds", "talk_time").replace("endedAt,", "") + row(callId, "a-1"))
                .when().post("/api/v1/calls/csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("header[6]", "header"),
                        "detail", containsString("header"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }

    @Test
    void headerOnlyAndUnclosedQuotesAreRefused() {
        csv().body(HEADER).when().post("/api/v1/calls/csv")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        csv().body(HEADER + "c-1,\"Q-BILLING\r\n").when().post("/api/v1/calls/csv")
                .then().statusCode(400).body("errors[0].message", containsString("never closed"));
    }

    @Test
    void jsonSentToTheCsvEndpointIsUnsupported() {
        given().auth().oauth2(TestTokens.acd("acd-1")).contentType("application/json").body("{}")
                .when().post("/api/v1/calls/csv")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
