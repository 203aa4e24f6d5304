package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer complaint ticket (投诉工单) about a call. {@code agentId} is null when the complaint system does not
 * know the agent (sampling finds it from the call). Mobile numbers in the summary arrive masked.
 */
public record ComplaintReceived(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        String callId,
        String agentId,
        Instant receivedAt,
        String category,
        Severity severity,
        String summary) implements ComplaintEvent {

    /** GROUP_LEVEL: a complaint escalated to group level (集团级投诉), which costs the QA team points when upheld. */
    public enum Severity { NORMAL, GROUP_LEVEL }

    @Override
    public String key() {
        return agentId != null ? agentId : callId;
    }
}
