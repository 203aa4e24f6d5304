package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/** A QA lead took an appeal (申诉) up for decision: the agent's appeal moves from FILED to UNDER_REVIEW. */
public record AppealUnderReview(
        UUID eventId,
        Instant occurredAt,
        UUID appealId,
        UUID evaluationId,
        String agentId,
        String teamId,
        String reviewerId) implements EvaluationEvent {

    @Override
    public String key() {
        return agentId != null ? agentId : evaluationId.toString();
    }
}
