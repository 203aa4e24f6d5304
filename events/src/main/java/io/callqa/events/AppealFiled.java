package io.callqa.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agent disputes a released evaluation (申诉): the items they dispute and why. Published by the feedback
 * service; the scoring service opens an appeal case for the QA leads.
 */
public record AppealFiled(
        UUID eventId,
        Instant occurredAt,
        UUID appealId,
        UUID evaluationId,
        int evaluationVersion,
        String agentId,
        String teamId,
        List<String> disputedItems,
        String reason,
        Instant filedAt) implements FeedbackEvent {

    public AppealFiled {
        disputedItems = disputedItems == null ? List.of() : List.copyOf(disputedItems);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : evaluationId.toString();
    }
}
