package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;

/** An evaluation as the API shows it. */
public record EvaluationView(
        UUID evaluationId,
        int version,
        UUID taskId,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String evaluatorId,
        String scorecardId,
        int scorecardVersion,
        BigDecimal totalScore,
        boolean criticalFailed,
        boolean problemFound,
        EvaluationReleased.Flags flags,
        List<EvaluationReleased.ItemResult> items,
        String comment,
        String status,
        Instant releasedAt) {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.evaluationId, e.version, e.taskId, e.sampleId, e.callId, e.agentId, e.teamId,
                e.evaluatorId, e.scorecardId, e.scorecardVersion, e.totalScore, e.criticalFailed, e.problemFound,
                new EvaluationReleased.Flags(e.sendToQa, e.nominateExcellent, e.serviceProblem), e.items, e.comment,
                e.status, e.releasedAt);
    }
}
