package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A released evaluation scored again: a new {@code version} that replaces the figures of {@code previousVersion},
 * after an upheld appeal ({@code cause} APPEAL_UPHELD, naming the appeal) or a QA lead's correction (CORRECTION).
 * It carries the whole evaluation as revised, so a consumer replaces what it holds for the evaluation.
 */
public record EvaluationRevised(
        UUID eventId,
        Instant occurredAt,
        UUID evaluationId,
        int version,
        int previousVersion,
        Cause cause,
        UUID appealId,
        String revisionReason,
        String revisedBy,
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
        Instant releasedAt) implements EvaluationEvent {

    public enum Cause { APPEAL_UPHELD, CORRECTION }

    public EvaluationRevised {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The revised evaluation as a release of its new version (same event id), for readers that file both alike. */
    public EvaluationReleased asReleased() {
        return new EvaluationReleased(eventId, occurredAt, evaluationId, version, sampleId, callId, agentId, teamId,
                evaluatorId, reasons, scorecardId, scorecardVersion, totalScore, criticalFailed, problemFound, flags,
                items, comment, releasedAt);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : callId;
    }
}
