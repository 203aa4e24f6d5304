package io.callqa.sampling.calls;

import java.time.Instant;

import io.callqa.events.CallRecorded;
import io.callqa.sampling.intervals.Interval;
import io.callqa.sampling.intervals.IntervalGrid;

/** A {@code CallRecorded} as a row for the call index, with the interval it was offered in. */
record IncomingCall(
        String callId,
        String agentId,
        String teamId,
        String queueId,
        String channel,
        String direction,
        String outcome,
        Instant enqueuedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer talkSeconds,
        Integer waitSeconds,
        String callerHash,
        String recordingUri,
        Instant recordedAt,
        Instant intervalStart,
        Instant intervalEnd) {

    static IncomingCall of(CallRecorded call, IntervalGrid grid) {
        CallRecorded.Direction direction = call.direction() == null ? CallRecorded.Direction.INBOUND : call.direction();
        Interval interval = direction == CallRecorded.Direction.INBOUND && call.enqueuedAt() != null
                ? grid.intervalOf(call.enqueuedAt()) : null;
        return new IncomingCall(call.callId(), call.agentId(), call.teamId(), call.queueId(),
                (call.channel() == null ? CallRecorded.Channel.VOICE : call.channel()).name(), direction.name(),
                (call.answered() ? CallRecorded.CallOutcome.ANSWERED : CallRecorded.CallOutcome.ABANDONED).name(),
                call.enqueuedAt(), call.answeredAt(), call.endedAt(), call.talkSeconds(), call.waitSeconds(),
                call.callerHash(), call.recordingUri(), call.occurredAt(),
                interval == null ? null : interval.start(), interval == null ? null : interval.end());
    }
}
