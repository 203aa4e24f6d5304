package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.SampleSelected;

/** Evaluations on the default scorecard and samples, as scoring and sampling publish them. */
public final class LibraryFixtures {

    private LibraryFixtures() {
    }

    /** Every item of the default scorecard at full marks (B2 N/A when {@code b2na}). */
    public static List<ItemResult> fullMarks(boolean b2na) {
        return new ArrayList<>(List.of(
                item("B1", "BUSINESS", 25, 25),
                b2na ? new ItemResult("B2", "BUSINESS", "DEDUCTION", 15, null, true, false, null, null, null)
                        : item("B2", "BUSINESS", 15, 15),
                item("S1", "SERVICE", 15, 15),
                item("S2", "SERVICE", 15, 15),
                critical("S3", "SERVICE", false),
                critical("S4", "SERVICE", false),
                item("C1", "COMMUNICATION", 10, 10),
                item("C2", "COMMUNICATION", 10, 10),
                item("C3", "COMMUNICATION", 10, 10),
                critical("X1", "COMPLIANCE", false)));
    }

    public static ItemResult item(String id, String section, int max, int awarded) {
        return new ItemResult(id, section, "DEDUCTION", max, awarded, false, false, null, null, null);
    }

    public static ItemResult deducted(String id, String section, int max, int awarded, String reason, String comment,
            String quote) {
        return new ItemResult(id, section, "DEDUCTION", max, awarded, false, false, reason, comment,
                quote == null ? null : new EvaluationReleased.Quote(12_000, quote));
    }

    public static ItemResult critical(String id, String section, boolean failed) {
        return new ItemResult(id, section, "CRITICAL", 0, 0, false, failed, failed ? "BANNED_PHRASE" : null, null,
                null);
    }

    /** A released evaluation of a fresh call and sample. */
    public static EvaluationReleased released(String agent, String team, String total, boolean nominate,
            boolean critical, List<ItemResult> items) {
        return released(UUID.randomUUID(), "call-" + UUID.randomUUID(), agent, team, total, nominate, critical, items);
    }

    public static EvaluationReleased released(UUID sampleId, String callId, String agent, String team, String total,
            boolean nominate, boolean critical, List<ItemResult> items) {
        Instant at = Instant.now();
        return new EvaluationReleased(UUID.randomUUID(), at, UUID.randomUUID(), 1, sampleId, callId, agent, team,
                "e-lib", List.of(new SampleSelected.Reason("RANDOM_POSTHOC", "monthly quota")), "personal-qa", 1,
                new BigDecimal(total), critical, critical, new EvaluationReleased.Flags(false, nominate, false),
                items, "示范录音", at);
    }

    /** The same event delivered under a new event id (scoring's outbox relaying it again is the same event id). */
    public static EvaluationReleased again(EvaluationReleased e) {
        return new EvaluationReleased(UUID.randomUUID(), e.occurredAt(), e.evaluationId(), e.version(), e.sampleId(),
                e.callId(), e.agentId(), e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(),
                e.scorecardVersion(), e.totalScore(), e.criticalFailed(), e.problemFound(), e.flags(), e.items(),
                e.comment(), e.releasedAt());
    }

    /** Version 2 of {@code e}: a QA lead's correction to {@code total}, with the flag as given. */
    public static EvaluationRevised revised(EvaluationReleased e, String total, boolean nominate,
            List<ItemResult> items) {
        Instant at = Instant.now();
        return new EvaluationRevised(UUID.randomUUID(), at, e.evaluationId(), 2, 1,
                EvaluationRevised.Cause.CORRECTION, null, "复核更正", "q-lib", e.sampleId(), e.callId(), e.agentId(),
                e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(), e.scorecardVersion(), new BigDecimal(total),
                false, false, new EvaluationReleased.Flags(false, nominate, false), items, e.comment(), at);
    }

    public static SampleSelected sample(UUID sampleId, String callId, String agent, String team, String queue,
            String recordingUri, String wrapUpCode) {
        Instant at = Instant.now();
        return new SampleSelected(UUID.randomUUID(), at, sampleId, callId, agent, team, queue,
                new SampleSelected.CallSummary(at.minusSeconds(400), at.minusSeconds(390), at.minusSeconds(60), 330, 10,
                        recordingUri, wrapUpCode),
                List.of(new SampleSelected.Reason("RANDOM_POSTHOC", "monthly quota")), SampleSelected.Mode.POSTHOC,
                SampleSelected.Priority.NORMAL, at, at.plusSeconds(86_400));
    }
}
