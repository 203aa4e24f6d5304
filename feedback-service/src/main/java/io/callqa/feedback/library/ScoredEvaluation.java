package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationRevised;

/** What the library reads of a released or revised evaluation, so that both are handled alike. */
public record ScoredEvaluation(
        UUID evaluationId,
        int version,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String evaluatorId,
        BigDecimal totalScore,
        boolean criticalFailed,
        boolean nominateExcellent,
        List<ItemResult> items,
        Instant releasedAt) {

    /** The evaluation an event carries; empty for the events that carry none (appeals, calibrations). */
    public static Optional<ScoredEvaluation> of(EvaluationEvent event) {
        if (event instanceof EvaluationReleased e) {
            return Optional.of(new ScoredEvaluation(e.evaluationId(), e.version(), e.sampleId(), e.callId(),
                    e.agentId(), e.teamId(), e.evaluatorId(), e.totalScore(), e.criticalFailed(),
                    e.flags() != null && e.flags().nominateExcellent(), e.items(), e.releasedAt()));
        }
        if (event instanceof EvaluationRevised e) {
            return Optional.of(new ScoredEvaluation(e.evaluationId(), e.version(), e.sampleId(), e.callId(),
                    e.agentId(), e.teamId(), e.evaluatorId(), e.totalScore(), e.criticalFailed(),
                    e.flags() != null && e.flags().nominateExcellent(), e.items(), e.releasedAt()));
        }
        return Optional.empty();
    }
}
