package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.callqa.events.SampleSelected;

/** One sample with every reason that picked it and the evidence behind each (from {@code sample_reason}). */
public record SampleDetail(
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        SampleSelected.CallSummary call,
        List<ReasonDetail> reasons,
        String mode,
        String priority,
        Instant selectedAt,
        Instant dueAt) {

    /** A reason as stored: the rule, the sentence, its evidence, and when it was added to the sample. */
    public record ReasonDetail(String rule, String detail, Map<String, Object> evidence, Instant addedAt) {
    }

    static SampleDetail of(SampleRow s, List<ReasonDetail> reasons) {
        return new SampleDetail(s.sampleId(), s.callId(), s.agentId(), s.teamId(), s.queueId(), s.call(), reasons,
                s.mode(), s.priority(), s.selectedAt(), s.dueAt());
    }
}
