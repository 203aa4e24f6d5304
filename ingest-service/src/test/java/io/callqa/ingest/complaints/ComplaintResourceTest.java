package io.callqa.ingest.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.ComplaintEvent;
import io.callqa.events.ComplaintReceived;
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
class ComplaintResourceTest {

    private static RequestSpecification acd() {
        return given().auth().oauth2(TestTokens.acd("crm")).contentType(ContentType.JSON);
    }

    private static String ticket(String complaintId, String callId) {
        return """
                {"complaintId":"%s","callId":"%s","agentId":"A0001","receivedAt":"2026-11-02T10:15:00+08:00",
                 "category":"ATTITUDE","severity":"GROUP_LEVEL","summary":"客户13812345678投诉坐席态度差"}
                """.formatted(complaintId, callId);
    }

    @Test
    void aComplaintIsPublishedOnceWithTheNumberInItsSummaryMasked() {
        String id = "CP-" + UUID.randomUUID();
        String callId = "c-" + UUID.randomUUID();

        acd().body(ticket(id, callId)).when().post("/api/v1/complaints")
                .then().statusCode(200).body("accepted", equalTo(1), "duplicates", equalTo(0));
        acd().body("[" + ticket(id, callId) + "]").when().post("/api/v1/complaints")
                .then().statusCode(200).body("accepted", equalTo(0), "duplicates", equalTo(1));

        var published = KafkaProbe.recordsMentioning(Topics.COMPLAINTS, id);
        assertEquals(1, published.size());
        assertFalse(published.get(0).value().contains("13812345678"));
        ComplaintReceived complaint = (ComplaintReceived) KafkaProbe.events(Topics.COMPLAINTS, ComplaintEvent.class,
                "A0001").stream().filter(e -> ((ComplaintReceived) e).complaintId().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(ComplaintReceived.Severity.GROUP_LEVEL, complaint.severity());
        assertTrue(complaint.summary().contains("138****5678"));
    }

    @Test
    void invalidTicketsNameTheirFieldsAndAreNotPublished() {
        String id = "CP-" + UUID.randomUUID();

        acd().body("[{\"complaintId\":\"" + id + "\",\"callId\":\"bad id\",\"receivedAt\":\"yesterday\","
                        + "\"severity\":\"HUGE\"}]")
                .when().post("/api/v1/complaints")
                .then().statusCode(200)
                .body("accepted", equalTo(0), "rejected[0].complaintId", equalTo(id),
                        "rejected[0].errors.field", hasItems("callId", "receivedAt", "category", "severity"));

        assertTrue(KafkaProbe.recordsMentioning(Topics.COMPLAINTS, id).isEmpty());
    }
}
