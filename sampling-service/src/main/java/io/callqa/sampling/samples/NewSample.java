package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.SampleSelected;
import io.callqa.sampling.calls.CallRow;

/** A sample about to be made: the call's summary, every reason that picked it, and its plan. */
record NewSample(UUID sampleId, CallRow call, List<SampleSelected.Reason> reasons, SamplePlan plan, Instant selectedAt) {

    /** The sample as a row of {@code sample}. */
    record Row(UUID sampleId, String callId, String agentId, String teamId, String queueId, Instant enqueuedAt,
            Instant answeredAt, Instant endedAt, Integer talkSeconds, Integer waitSeconds, String recordingUri,
            String wrapUpCode, String reasons, String mode, String priority, Instant selectedAt, Instant dueAt) {
    }

    Row row() {
        return new Row(sampleId, call.callId(), call.agentId(), call.teamId(), call.queueId(), call.enqueuedAt(),
                call.answeredAt(), call.endedAt(), call.talkSeconds(), call.waitSeconds(), call.recordingUri(),
                call.wrapUpCode(), SampleMerge.reasonsJson(reasons), plan.mode().name(), plan.priority().name(),
                selectedAt, plan.dueAt());
    }

    SampleSelected event(UUID eventId, Instant now) {
        return new SampleSelected(eventId, now, sampleId, call.callId(), call.agentId(), call.teamId(),
                call.queueId(), new SampleSelected.CallSummary(call.enqueuedAt(), call.answeredAt(), call.endedAt(),
                        call.talkSeconds(), call.waitSeconds(), call.recordingUri(), call.wrapUpCode()),
                reasons, plan.mode(), plan.priority(), selectedAt, plan.dueAt());
    }
}
