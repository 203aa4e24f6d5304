package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A QA lead's decision on an agent's appeal (申诉). UPHELD comes with an {@link EvaluationRevised} of
 * {@code revisedVersion}; REJECTED leaves the evaluation as it was and gives the reason.
 */
public record AppealDecided(
        UUID eventId,
        Instant occurredAt,
        UUID appealId,
        UUID evaluationId,
        int evaluationVersion,
        String agentId,
        String teamId,
        Decision decision,
        String reason,
        String decidedBy,
        Integer revisedVersion,
        Instant decidedAt) implements EvaluationEvent {

    public enum Decision { UPHELD, REJECTED }

    @Override
    public String key() {
        return agentId != null ? agentId : evaluationId.toString();
    }
}
