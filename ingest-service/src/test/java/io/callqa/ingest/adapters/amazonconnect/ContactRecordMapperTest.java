package io.callqa.ingest.adapters.amazonconnect;

import static io.callqa.ingest.adapters.AdapterFixtures.assertCall;
import static io.callqa.ingest.adapters.AdapterFixtures.assertErrors;
import static io.callqa.ingest.adapters.AdapterFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

class ContactRecordMapperTest {

    private final ContactRecordMapper mapper = new ContactRecordMapper(ContactRecordMapper.DEFAULT_WRAP_UP_ATTRIBUTE);

    @Test
    void answeredInboundVoiceContactMapsEveryField() {
        Candidate candidate = mapper.map(3, json("amazonconnect/ctr-inbound-answered.json"));

        assertCall("""
                {"callId": "9a4f2c61-3b8e-4d7a-a5c2-0e1f6b9d8c47", "channel": "VOICE", "direction": "INBOUND",
                 "answeredAt": "2026-11-02T01:13:58Z", "agentId": "A0042", "teamId": "T07",
                 "talkSeconds": 382, "holdSeconds": 47,
                 "queueId": "Billing", "enqueuedAt": "2026-11-02T01:13:20Z",
                 "endedAt": "2026-11-02T01:21:07Z", "releasedBy": "CUSTOMER", "callerNumber": "+8613812345678",
                 "recordingUri": "s3://amazon-connect-7f3a9e21c4d8/connect/callqa-demo/CallRecordings/2026/11/02/9a4f2c61-3b8e-4d7a-a5c2-0e1f6b9d8c47_20261102T01:13_UTC.wav",
                 "wrapUpCode": "BILLING-REFUND"}""", candidate);
        assertEquals(3, candidate.index());
        assertEquals(Instant.parse("2026-11-02T01:23:15Z"), candidate.version());
    }

    @Test
    void abandonedContactHasNoAnsweredAtAndNoAgent() {
        assertCall("""
                {"callId": "c27e8d15-6f4a-4b93-8e21-7a5d0c3f9b68", "channel": "VOICE", "direction": "INBOUND",
                 "queueId": "Billing", "enqueuedAt": "2026-11-02T01:30:43Z", "endedAt": "2026-11-02T01:32:47Z",
                 "releasedBy": "CUSTOMER", "callerNumber": "+862161234567"}""",
                mapper.map(0, json("amazonconnect/ctr-inbound-abandoned.json")));
    }

    @Test
    void outboundContactKeepsTheCustomerEndpointAsCallerAndHasNoEnqueueTime() {
        assertCall("""
                {"callId": "4e8b1d72-9c3a-4f65-b1e8-6d2a0f7c3b95", "channel": "VOICE", "direction": "OUTBOUND",
                 "answeredAt": "2026-11-02T02:06:59Z", "agentId": "A0107", "teamId": "Retention",
                 "talkSeconds": 236, "holdSeconds": 0, "queueId": "Retention Outbound",
                 "endedAt": "2026-11-02T02:10:55Z", "releasedBy": "AGENT", "callerNumber": "+8613987654321",
                 "recordingUri": "s3://amazon-connect-7f3a9e21c4d8/connect/callqa-demo/CallRecordings/2026/11/02/4e8b1d72-9c3a-4f65-b1e8-6d2a0f7c3b95_20261102T02:07_UTC.wav",
                 "wrapUpCode": "RETENTION-OFFER-ACCEPTED"}""", mapper.map(0, json("amazonconnect/ctr-outbound.json")));
    }

    @Test
    void chatStartedThroughTheApiIsAnInboundChatWithoutCallerNumber() {
        assertCall("""
                {"callId": "b61d3f94-2a7e-4c08-9f53-8e0c4a1d6b27", "channel": "CHAT", "direction": "INBOUND",
                 "answeredAt": "2026-11-02T03:10:55Z", "agentId": "A0213", "teamId": "Digital",
                 "talkSeconds": 511, "holdSeconds": 0, "queueId": "Web Chat", "enqueuedAt": "2026-11-02T03:09:42Z",
                 "endedAt": "2026-11-02T03:19:26Z", "releasedBy": "AGENT", "wrapUpCode": "ORDER-STATUS"}""",
                mapper.map(0, json("amazonconnect/ctr-chat.json")));
    }

    @Test
    void ivrOnlyContactIsUnreadableNamingQueue() {
        Candidate candidate = mapper.map(0, json("amazonconnect/ctr-ivr-only.json"));

        assertErrors(candidate, new FieldError("Queue",
                "is missing and no agent was connected: an IVR-only contact is not quality-checked"));
        assertEquals("5d0a8e37-4c91-4f26-b8d3-1e6f9a2c7b50", candidate.callId());
        assertFalse(candidate.record().has("callerNumber"), "the partial record must not carry the caller's number");
    }

    @Test
    void contactWithoutContactIdIsUnreadable() {
        assertErrors(mapper.map(0, json("amazonconnect/ctr-missing-contact-id.json")),
                new FieldError("ContactId", "is required"));
    }

    @Test
    void taskContactIsNotQualityChecked() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-abandoned.json").put("Channel", "TASK");

        assertErrors(mapper.map(0, ctr),
                new FieldError("Channel", "is TASK: only VOICE and CHAT contacts are quality-checked"));
    }

    @Test
    void inboundContactInAQueueNeedsItsEnqueueTimestamp() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-abandoned.json");
        ((ObjectNode) ctr.get("Queue")).putNull("EnqueueTimestamp");

        assertErrors(mapper.map(0, ctr), new FieldError("Queue.EnqueueTimestamp",
                "is required for an inbound contact that entered a queue"));
    }

    @Test
    void unparseableTimestampIsNamed() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json").put("DisconnectTimestamp", "02/11/2026 01:21");

        assertErrors(mapper.map(0, ctr), new FieldError("DisconnectTimestamp",
                "is not an ISO-8601 timestamp such as 2026-11-02T01:15:03Z: '02/11/2026 01:21'"));
    }

    @Test
    void fractionalSecondsAreAccepted() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json")
                .put("DisconnectTimestamp", "2026-11-02T01:21:07.532Z").put("LastUpdateTimestamp", "2026-11-02T01:23:15.1Z");

        Candidate candidate = mapper.map(0, ctr);

        assertEquals("2026-11-02T01:21:07.532Z", candidate.record().get("endedAt").asText());
        assertEquals(Instant.parse("2026-11-02T01:23:15.100Z"), candidate.version());
    }

    @Test
    void supervisorMonitoringContactIsUnreadable() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json").put("InitiationMethod", "MONITOR");

        assertErrors(mapper.map(0, ctr), new FieldError("InitiationMethod", "is MONITOR: a supervisor listening in on "
                + "another contact, whose own record is the one quality-checked"));
    }

    @Test
    void callbackIsOutboundAndTransferIsInbound() {
        ObjectNode callback = json("amazonconnect/ctr-inbound-answered.json").put("InitiationMethod", "CALLBACK");
        ObjectNode transfer = json("amazonconnect/ctr-inbound-answered.json").put("InitiationMethod", "TRANSFER");

        assertEquals("OUTBOUND", mapper.map(0, callback).record().get("direction").asText());
        assertEquals("2026-11-02T01:13:20Z", mapper.map(0, callback).record().get("enqueuedAt").asText());
        assertEquals("INBOUND", mapper.map(0, transfer).record().get("direction").asText());
    }

    @Test
    void agentQueueWithoutNameIsNamedByTheIdInItsArn() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json");
        ((ObjectNode) ctr.get("Queue")).putNull("Name")
                .put("ARN", "arn:aws:connect:ap-northeast-1:512476389023:instance/6d2e1f0c-84b7-4a3e-9f51-2b7c0d9e4a18"
                        + "/queue/agent/3f8b2c41-7d6e-4a59-8e0f-1c2d3b4a5e6f");

        assertEquals("3f8b2c41-7d6e-4a59-8e0f-1c2d3b4a5e6f", mapper.map(0, ctr).record().get("queueId").asText());
    }

    @Test
    void missingHierarchyGroupsAndOlderRecordingFieldAreTolerated() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json");
        ((ObjectNode) ctr.get("Agent")).putNull("HierarchyGroups");
        ctr.remove("Recordings");

        Candidate candidate = mapper.map(0, ctr);

        assertNull(candidate.record().get("teamId"));
        assertEquals("s3://amazon-connect-7f3a9e21c4d8/connect/callqa-demo/CallRecordings/2026/11/02/"
                + "9a4f2c61-3b8e-4d7a-a5c2-0e1f6b9d8c47_20261102T01:13_UTC.wav",
                candidate.record().get("recordingUri").asText());
    }

    @Test
    void wrapUpCodeComesFromTheConfiguredAttribute() {
        Candidate candidate = new ContactRecordMapper("ivrMenu").map(0, json("amazonconnect/ctr-inbound-answered.json"));

        assertEquals("billing", candidate.record().get("wrapUpCode").asText());
    }

    @Test
    void otherDisconnectReasonsAreTheSystem() {
        ObjectNode ctr = json("amazonconnect/ctr-inbound-answered.json").put("DisconnectReason", "TELECOM_PROBLEM");

        assertEquals("SYSTEM", mapper.map(0, ctr).record().get("releasedBy").asText());
    }
}
