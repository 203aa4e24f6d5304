package io.callqa.sampling.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.callqa.events.CallRecorded;
import io.callqa.sampling.intervals.Interval;
import io.callqa.sampling.intervals.IntervalGrid;

/**
 * A call of the index as the rules see it. {@code inserted} tells a first record from a replacement; for calls
 * of the batch being indexed, {@code previousIntervalStart} is the interval before the replacement and
 * {@code hireDate} the agent's hire date as the roster knows it.
 */
public record CallRow(
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
        String wrapUpCode,
        Instant recordedAt,
        Instant intervalStart,
        Instant intervalEnd,
        boolean inserted,
        Instant previousIntervalStart,
        LocalDate hireDate) {

    /** A {@code CallRecorded} as a row for the call index, with the interval it was offered in. */
    static CallRow incoming(CallRecorded call, IntervalGrid grid) {
        CallRecorded.Direction direction = call.direction() == null ? CallRecorded.Direction.INBOUND : call.direction();
        Interval interval = direction == CallRecorded.Direction.INBOUND && call.enqueuedAt() != null
                ? grid.intervalOf(call.enqueuedAt()) : null;
        return new CallRow(call.callId(), call.agentId(), call.teamId(), call.queueId(),
                (call.channel() == null ? CallRecorded.Channel.VOICE : call.channel()).name(), direction.name(),
                (call.answered() ? CallRecorded.CallOutcome.ANSWERED : CallRecorded.CallOutcome.ABANDONED).name(),
                stored(call.enqueuedAt()), stored(call.answeredAt()), stored(call.endedAt()), call.talkSeconds(),
                call.waitSeconds(), call.callerHash(), call.recordingUri(), call.wrapUpCode(),
                stored(call.occurredAt()),
                interval == null ? null : interval.start(), interval == null ? null : interval.end(), true, null,
                null);
    }

    /** This incoming row as the index stored it: the team as resolved, and what the upsert reported. */
    CallRow indexed(Stored stored) {
        return new CallRow(callId, agentId, stored.teamId(), queueId, channel, direction, outcome, enqueuedAt,
                answeredAt, endedAt, talkSeconds, waitSeconds, callerHash, recordingUri, wrapUpCode, recordedAt,
                intervalStart, intervalEnd, stored.inserted(), stored.previousIntervalStart(), stored.hireDate());
    }

    /** What the upsert answers for a call it inserted or replaced. */
    record Stored(String callId, String teamId, boolean inserted, Instant previousIntervalStart,
            LocalDate hireDate) {
    }

    /** PostgreSQL keeps microseconds: the row carries the instant as stored, so both always agree. */
    private static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean answered() {
        return CallRecorded.CallOutcome.ANSWERED.name().equals(outcome);
    }

    public boolean inbound() {
        return CallRecorded.Direction.INBOUND.name().equals(direction);
    }

    /** When the call started for the agent: answered, else enqueued, else ended. */
    public Instant start() {
        return answeredAt != null ? answeredAt : enqueuedAt != null ? enqueuedAt : endedAt;
    }
}
