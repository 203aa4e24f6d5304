package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A calibration session (校准) closed: several evaluators scored the same call blind, and each is compared with
 * the reference scorer. {@code deviation} = |total − reference total| on the 100-point scale, {@code agreement}
 * the share of items scored exactly as the reference; {@code flagged} when the deviation is over the allowed
 * points (5, the source's 误差不超过5%).
 */
public record CalibrationCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID calibrationId,
        String callId,
        String scorecardId,
        int scorecardVersion,
        String referenceScorerId,
        BigDecimal referenceTotal,
        BigDecimal allowedDeviation,
        List<Result> results,
        Instant closedAt) implements EvaluationEvent {

    /** One evaluator's outcome; {@code total} is null when they did not score before the session closed. */
    public record Result(String evaluatorId, BigDecimal total, BigDecimal deviation, BigDecimal agreement,
            boolean flagged) {
    }

    public CalibrationCompleted {
        results = results == null ? List.of() : List.copyOf(results);
    }

    @Override
    public String key() {
        return calibrationId.toString();
    }
}
