package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.UUID;

import io.callqa.events.SampleSelected;

/** A row of {@code sample} as native SQL reads it; {@code reasons} is the stored JSON list. */
record SampleRow(
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        Instant enqueuedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer talkSeconds,
        Integer waitSeconds,
        String recordingUri,
        String wrapUpCode,
        String reasons,
        String mode,
        String priority,
        Instant selectedAt,
        Instant dueAt) {

    SampleSelected.CallSummary call() {
        return new SampleSelected.CallSummary(enqueuedAt, answeredAt, endedAt, talkSeconds, waitSeconds,
                recordingUri, wrapUpCode);
    }

    SampleView view() {
        return new SampleView(sampleId, callId, agentId, teamId, queueId, call(), SampleMerge.readReasons(reasons),
                mode, priority, selectedAt, dueAt);
    }
}
