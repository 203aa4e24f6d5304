package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.SampleSelected;

/** A sample as the API shows it. */
public record SampleView(
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        SampleSelected.CallSummary call,
        List<SampleSelected.Reason> reasons,
        String mode,
        String priority,
        Instant selectedAt,
        Instant dueAt) {

    static SampleView of(Sample s) {
        return new SampleView(s.sampleId, s.callId, s.agentId, s.teamId, s.queueId,
                new SampleSelected.CallSummary(s.enqueuedAt, s.answeredAt, s.endedAt, s.talkSeconds, s.waitSeconds,
                        s.recordingUri, s.wrapUpCode),
                s.reasons, s.mode, s.priority, s.selectedAt, s.dueAt);
    }
}
