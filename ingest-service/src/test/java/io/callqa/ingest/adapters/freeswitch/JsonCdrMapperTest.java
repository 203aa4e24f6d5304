package io.callqa.ingest.adapters.freeswitch;

import static io.callqa.ingest.adapters.AdapterFixtures.assertCall;
import static io.callqa.ingest.adapters.AdapterFixtures.assertErrors;
import static io.callqa.ingest.adapters.AdapterFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

class JsonCdrMapperTest {

    @Test
    void answeredMemberLegMapsTheQueueCallWithDecodedValues() {
        Candidate candidate = call(json("freeswitch/member-answered.json"));

        assertCall("""
                {"callId": "7d3e9b14-2c8a-4f61-b5d2-9e0a1c6f3b87", "channel": "VOICE", "direction": "INBOUND",
                 "queueId": "support@default", "callerNumber": "+8613812345678",
                 "recordingUri": "/var/lib/freeswitch/recordings/2026-11-02/7d3e9b14-2c8a-4f61-b5d2-9e0a1c6f3b87.wav",
                 "enqueuedAt": "2026-11-02T01:12:53Z", "answeredAt": "2026-11-02T01:13:32Z",
                 "endedAt": "2026-11-02T01:19:47Z", "releasedBy": "CUSTOMER",
                 "agentId": "1001@default", "talkSeconds": 375}""", candidate);
        assertEquals(0, candidate.index());
        assertNull(candidate.version());
    }

    @Test
    void memberLegThatLeftTheQueueUnansweredIsAbandoned() {
        assertCall("""
                {"callId": "0c5b8e21-9f4d-4a73-86e2-5d1a7b3c9f04", "channel": "VOICE", "direction": "INBOUND",
                 "queueId": "support@default", "callerNumber": "02161234567",
                 "enqueuedAt": "2026-11-02T01:30:10Z", "endedAt": "2026-11-02T01:31:46Z",
                 "releasedBy": "CUSTOMER"}""", call(json("freeswitch/member-abandoned.json")));
    }

    @Test
    void memberLegThatTimedOutWasReleasedByTheSystem() {
        ObjectNode cdr = json("freeswitch/member-abandoned.json");
        variables(cdr).put("cc_cancel_reason", "TIMEOUT");

        assertEquals("SYSTEM", call(cdr).record().get("releasedBy").asText());
    }

    @Test
    void memberLegThatPressedTheExitKeyWasReleasedByTheCustomer() {
        ObjectNode cdr = json("freeswitch/member-abandoned.json");
        variables(cdr).put("cc_cancel_reason", "EXIT_WITH_KEY").put("sip_hangup_disposition", "send_bye");

        assertEquals("CUSTOMER", call(cdr).record().get("releasedBy").asText());
    }

    @Test
    void answeredMemberLegHungUpFromTheAgentSideWasReleasedByTheAgent() {
        ObjectNode cdr = json("freeswitch/member-answered.json");
        variables(cdr).put("sip_hangup_disposition", "send_bye");

        assertEquals("AGENT", call(cdr).record().get("releasedBy").asText());
    }

    @Test
    void callerNumberSetAsAVariableIsDecodedKeepingThePlus() {
        ObjectNode cdr = json("freeswitch/member-answered.json");
        variables(cdr).put("caller_id_number", "%2B8613900001111");

        assertEquals("+8613900001111", call(cdr).record().get("callerNumber").asText());
    }

    @Test
    void agentLegIsAcknowledgedAndIgnored() {
        CdrOutcome outcome = JsonCdrMapper.map(json("freeswitch/agent-leg.json"));

        assertEquals(new CdrOutcome.Ignored("e8a2f5c9-6d1b-4c37-a094-3b7e2d5f8c16",
                "agent leg of a mod_callcenter call (cc_side=agent): the member leg's CDR carries the call"), outcome);
    }

    @Test
    void plainBridgedCallMapsItsALegWithTheDialledUserAsAgent() {
        assertCall("""
                {"callId": "3a6f0d92-8e4c-4b17-9a35-c2e8f1d70b6a", "channel": "VOICE", "direction": "INBOUND",
                 "callerNumber": "+8613512345678", "queueId": "4008005678", "agentId": "1002",
                 "enqueuedAt": "2026-11-02T01:50:10Z", "answeredAt": "2026-11-02T01:50:28Z",
                 "endedAt": "2026-11-02T01:55:31Z", "talkSeconds": 303,
                 "recordingUri": "/var/lib/freeswitch/recordings/default/archive/2026/Nov/02/3a6f0d92-8e4c-4b17-9a35-c2e8f1d70b6a.wav",
                 "releasedBy": "AGENT"}""", call(json("freeswitch/bridged-inbound.json")));
    }

    @Test
    void bridgedCallNeverBridgedIsUnansweredWhateverTheSwitchAnswered() {
        ObjectNode cdr = json("freeswitch/bridged-inbound.json");
        variables(cdr).put("bridge_epoch", "0").put("sip_hangup_disposition", "recv_bye");

        JsonNode call = call(cdr).record();

        assertNull(call.get("answeredAt"));
        assertNull(call.get("talkSeconds"));
        assertEquals("CUSTOMER", call.get("releasedBy").asText());
    }

    @Test
    void bLegOfABridgeIsIgnored() {
        ObjectNode cdr = json("freeswitch/bridged-inbound.json");
        variables(cdr).put("direction", "outbound").put("originating_leg_uuid", "9b0e4c71-3d2a-4f85-a6c9-1e7d5b3f8a20");

        assertInstanceOf(CdrOutcome.Ignored.class, JsonCdrMapper.map(cdr));
    }

    @Test
    void outboundCallDialledFromTheAgentPhoneHasTheCustomerAsDestination() {
        ObjectNode cdr = json("freeswitch/bridged-inbound.json");
        variables(cdr).put("call_direction", "outbound").put("sip_hangup_disposition", "recv_bye");

        JsonNode call = call(cdr).record();

        assertEquals("OUTBOUND", call.get("direction").asText());
        assertEquals("4008005678", call.get("callerNumber").asText());
        assertEquals("+8613512345678", call.get("agentId").asText());
        assertNull(call.get("queueId"));
        assertEquals("AGENT", call.get("releasedBy").asText());
    }

    @Test
    void internalCallIsIgnored() {
        ObjectNode cdr = json("freeswitch/bridged-inbound.json");
        variables(cdr).put("call_direction", "local");

        assertEquals("internal call between extensions (call_direction=local)",
                ((CdrOutcome.Ignored) JsonCdrMapper.map(cdr)).reason());
    }

    @Test
    void cdrWithoutVariablesIsUnreadableNamingVariables() {
        Candidate candidate = call(json("freeswitch/no-variables.json"));

        assertErrors(candidate, new FieldError("variables", "is missing: mod_json_cdr puts the channel variables "
                + "there, and the queue, times and parties are read from them"));
        assertEquals("0c5b8e21-9f4d-4a73-86e2-5d1a7b3c9f04", candidate.callId());
    }

    @Test
    void memberLegWithoutJoinTimeOrWithAGarbledEpochNamesTheVariable() {
        ObjectNode cdr = json("freeswitch/member-answered.json");
        variables(cdr).put("cc_queue_answered_epoch", "yesterday").remove("cc_queue_joined_epoch");

        assertErrors(call(cdr),
                new FieldError("variables.cc_queue_joined_epoch", "is required on a mod_callcenter member leg"),
                new FieldError("variables.cc_queue_answered_epoch", "is not epoch seconds: 'yesterday'"));
    }

    private static Candidate call(JsonNode cdr) {
        return assertInstanceOf(CdrOutcome.Call.class, JsonCdrMapper.map(cdr)).candidate();
    }

    private static ObjectNode variables(ObjectNode cdr) {
        return (ObjectNode) cdr.get("variables");
    }
}
