package io.callqa.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.callqa.events.AppealDecided;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;

/** Events the scoring service would publish about an evaluation, for the feedback service's tests. */
public final class FeedbackTestEvents {

    private FeedbackTestEvents() {
    }

    /** The evaluation corrected by a QA lead to full marks on every item, with {@code total}. */
    public static EvaluationRevised revised(EvaluationReleased e, BigDecimal total) {
        var items = e.items().stream().map(i -> new EvaluationReleased.ItemResult(i.itemId(), i.sectionId(), i.kind(),
                i.maxPoints(), i.maxPoints(), false, false, null, null, null)).toList();
        return new EvaluationRevised(UUID.randomUUID(), Instant.now(), e.evaluationId(), e.version() + 1, e.version(),
                EvaluationRevised.Cause.CORRECTION, null, "re-listened", "q-1", e.sampleId(), e.callId(),
                e.agentId(), e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(), e.scorecardVersion(), total,
                false, false, e.flags(), items, e.comment(), Instant.now());
    }

    public static AppealDecided decided(UUID appealId, EvaluationReleased e, AppealDecided.Decision decision,
            String reason) {
        Instant now = Instant.now();
        return new AppealDecided(UUID.randomUUID(), now, appealId, e.evaluationId(), e.version(), e.agentId(),
                e.teamId(), decision, reason, "q-1", null, now);
    }
}
