package io.callqa.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rule picked a call that was already sampled: the one sample gains the rule's reason instead of a second
 * sample being made. {@code added} are the new reasons; {@code reasons}, mode, priority and due time are the
 * sample's as they are now.
 */
public record SampleUpdated(
        UUID eventId,
        Instant occurredAt,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        List<SampleSelected.Reason> added,
        List<SampleSelected.Reason> reasons,
        SampleSelected.Mode mode,
        SampleSelected.Priority priority,
        Instant dueAt) implements SampleEvent {

    public SampleUpdated {
        added = added == null ? List.of() : List.copyOf(added);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : queueId;
    }
}
