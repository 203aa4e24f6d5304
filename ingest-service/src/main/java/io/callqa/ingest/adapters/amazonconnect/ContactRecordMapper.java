package io.callqa.ingest.adapters.amazonconnect;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.adapters.CallBuilder;
import io.callqa.ingest.intake.Candidate;

/**
 * One Amazon Connect contact record (CTR, as documented in "Contact records data model") becomes one candidate
 * call, versioned by {@code LastUpdateTimestamp}: Connect delivers a record at least once and again when it
 * changes, so for one {@code ContactId} the latest version wins.
 * <ul>
 * <li>{@code ContactId} → callId; {@code Channel} VOICE or CHAT (TASK and EMAIL are unreadable);
 * {@code InitiationMethod} → direction (see {@link InitiationMethods});</li>
 * <li>{@code Queue.Name} (or the id in {@code Queue.ARN}) → queueId, {@code Queue.EnqueueTimestamp} → enqueuedAt
 * (see {@link ContactQueue});</li>
 * <li>{@code Agent.ConnectedToAgentTimestamp} → answeredAt, {@code Agent.Username} → agentId, the deepest
 * {@code Agent.HierarchyGroups} level → teamId, {@code Agent.AgentInteractionDuration} → talkSeconds,
 * {@code Agent.CustomerHoldDuration} → holdSeconds; no connected agent = abandoned (see {@link ContactAgent});</li>
 * <li>{@code DisconnectTimestamp} → endedAt; {@code DisconnectReason} → releasedBy: CUSTOMER_DISCONNECT is the
 * customer, AGENT_DISCONNECT the agent, every other reason (THIRD_PARTY_DISCONNECT, TELECOM_PROBLEM,
 * CONTACT_FLOW_DISCONNECT, EXPIRED, OTHER, ...) the system;</li>
 * <li>{@code CustomerEndpoint.Address} → callerNumber, when it is a TELEPHONE_NUMBER (for an outbound contact too:
 * the customer is always the customer endpoint);</li>
 * <li>the audio recording → recordingUri (see {@link ContactRecordings}); the contact attribute named by the
 * configured key → wrapUpCode.</li>
 * </ul>
 * Timestamps are ISO-8601 ("2026-11-02T01:15:03Z"; fractional seconds accepted). Optional sections may be null or
 * absent. Missing or unreadable values the mapping needs make the candidate unreadable, naming the CTR field.
 */
public final class ContactRecordMapper {

    /** The contact attribute read as the wrap-up code unless configured otherwise. */
    public static final String DEFAULT_WRAP_UP_ATTRIBUTE = "wrapUpCode";

    private final String wrapUpAttribute;

    /** @param wrapUpAttribute the key in {@code Attributes} that holds the wrap-up code */
    public ContactRecordMapper(String wrapUpAttribute) {
        this.wrapUpAttribute = Objects.requireNonNull(wrapUpAttribute, "wrapUpAttribute");
    }

    /** The candidate at {@code index} of its request. */
    public Candidate map(int index, JsonNode record) {
        CallBuilder call = new CallBuilder();
        CtrFields ctr = new CtrFields(record, call);
        call.put("callId", ctr.requiredText("ContactId"));
        Channel channel = channel(ctr.text("Channel"), call);
        Direction direction = InitiationMethods.direction(ctr.text("InitiationMethod"), channel, call);
        call.put("channel", channel).put("direction", direction);
        boolean answered = ContactAgent.map(ctr, call);
        ContactQueue.map(ctr, direction, answered, call);
        call.put("endedAt", ctr.requiredInstant("DisconnectTimestamp", "is required: the contact has not ended"))
                .put("releasedBy", releasedBy(ctr.text("DisconnectReason")))
                .put("callerNumber", customerNumber(record.get("CustomerEndpoint")))
                .put("recordingUri", ContactRecordings.uri(record))
                .put("wrapUpCode", AdapterJson.text(record.get("Attributes"), wrapUpAttribute));
        return call.build(index, ctr.instant("LastUpdateTimestamp"));
    }

    private static Channel channel(String channel, CallBuilder call) {
        if (channel == null) {
            call.error("Channel", "is required");
            return null;
        }
        if (channel.equals("VOICE") || channel.equals("CHAT")) {
            return Channel.valueOf(channel);
        }
        call.error("Channel", "is " + channel + ": only VOICE and CHAT contacts are quality-checked");
        return null;
    }

    static ReleasedBy releasedBy(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "CUSTOMER_DISCONNECT" -> ReleasedBy.CUSTOMER;
            case "AGENT_DISCONNECT" -> ReleasedBy.AGENT;
            default -> ReleasedBy.SYSTEM;
        };
    }

    private static String customerNumber(JsonNode endpoint) {
        String type = AdapterJson.text(endpoint, "Type");
        return type == null || type.equals("TELEPHONE_NUMBER") ? AdapterJson.text(endpoint, "Address") : null;
    }
}
