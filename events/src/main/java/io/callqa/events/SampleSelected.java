package io.callqa.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call picked for QA (抽检样本), with every reason that picked it. */
public record SampleSelected(
        UUID eventId,
        Instant occurredAt,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        CallSummary call,
        List<Reason> reasons,
        Mode mode,
        Priority priority,
        Instant selectedAt,
        Instant dueAt) implements SampleEvent {

    /** REALTIME samples are reviewed while the call is fresh (实时质检); POSTHOC after the fact (事后质检). */
    public enum Mode { REALTIME, POSTHOC }

    public enum Priority { URGENT, HIGH, NORMAL }

    /** One rule that picked the call, e.g. {@code SHORT_CALL}, and a sentence a person can read. */
    public record Reason(String rule, String detail) {
    }

    /** What an evaluator needs to find and judge the call without asking sampling again. */
    public record CallSummary(
            Instant enqueuedAt,
            Instant answeredAt,
            Instant endedAt,
            Integer talkSeconds,
            Integer waitSeconds,
            String recordingUri,
            String wrapUpCode) {

        public CallSummary(Instant enqueuedAt, Instant answeredAt, Instant endedAt, Integer talkSeconds,
                Integer waitSeconds, String recordingUri) {
            this(enqueuedAt, answeredAt, endedAt, talkSeconds, waitSeconds, recordingUri, null);
        }
    }

    public SampleSelected {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String key() {
        return agentId != null ? agentId : queueId;
    }
}
