package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleSelected;

/**
 * An evaluation as the API shows it. {@code lockVersion} is what a client sends back with a change; while
 * IN_REVIEW, {@code reviewLevel} of {@code reviewLevels} names the level and role that reviews it next.
 */
public record EvaluationView(
        UUID evaluationId,
        int version,
        UUID taskId,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String evaluatorId,
        List<SampleSelected.Reason> reasons,
        String scorecardId,
        int scorecardVersion,
        BigDecimal totalScore,
        boolean criticalFailed,
        boolean problemFound,
        EvaluationReleased.Flags flags,
        List<EvaluationReleased.ItemResult> items,
        String comment,
        String status,
        List<String> reviewLevels,
        int reviewLevel,
        int lockVersion,
        Instant submittedAt,
        Instant releasedAt) {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.evaluationId, e.version, e.taskId, e.sampleId, e.callId, e.agentId, e.teamId,
                e.evaluatorId, e.reasons, e.scorecardId, e.scorecardVersion, e.totalScore, e.criticalFailed,
                e.problemFound, e.flags(), e.items, e.comment, e.status, e.reviewLevels, e.reviewLevel, e.lockVersion,
                e.submittedAt, e.releasedAt);
    }
}
