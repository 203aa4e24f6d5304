package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A scored evaluation (质检评分) released to the agent, with every item's result. */
public record EvaluationReleased(
        UUID eventId,
        Instant occurredAt,
        UUID evaluationId,
        int version,
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
        Flags flags,
        List<ItemResult> items,
        String comment,
        Instant releasedAt) implements EvaluationEvent {

    /** The template's flags: 是否送交质检, 是否送交优秀录音, and whether a service problem was found. */
    public record Flags(boolean sendToQa, boolean nominateExcellent, boolean serviceProblem) {
    }

    /**
     * One scorecard item: {@code awarded} of {@code maxPoints}, or {@code na} (then awarded is null and the
     * item counts neither way); {@code failed} when a CRITICAL item (red line) was failed. {@code reason} is the
     * code of the standard deduction reason, if any; {@code comment} the evaluator's note on the item and
     * {@code quote} the moment of the call it refers to, so that feedback is specific. {@code labels} are the
     * words of the scorecard version it was scored on (the standard, its section, the reason), so that feedback and
     * reports can quote the standard that was missed without asking for the scorecard; null in events published
     * before they were added.
     */
    public record ItemResult(
            String itemId,
            String sectionId,
            String kind,
            int maxPoints,
            Integer awarded,
            boolean na,
            boolean failed,
            String reason,
            String comment,
            Quote quote,
            Labels labels) {

        public ItemResult(String itemId, String sectionId, String kind, int maxPoints, Integer awarded, boolean na,
                boolean failed, String reason, String comment, Quote quote) {
            this(itemId, sectionId, kind, maxPoints, awarded, na, failed, reason, comment, quote, null);
        }

        /** The points the item counts towards the total: {@code maxPoints}, or 0 when N/A; written as {@code possible}. */
        @JsonProperty(value = "possible", access = JsonProperty.Access.READ_ONLY)
        public int possible() {
            return na ? 0 : maxPoints;
        }

        public int pointsLost() {
            return na || awarded == null ? 0 : maxPoints - awarded;
        }
    }

    /** The item's standard, its section and the deduction reason (null when none), each in Chinese and English. */
    public record Labels(Text item, Text section, Text reason) {
    }

    /** One wording in zh-CN and en. */
    public record Text(String zh, String en) {
    }

    /** A moment of the call: its offset from the start of the recording and what was said. */
    public record Quote(long offsetMs, String text) {
    }

    public EvaluationReleased {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : callId;
    }
}
