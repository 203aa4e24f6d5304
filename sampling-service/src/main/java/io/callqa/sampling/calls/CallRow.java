package io.callqa.sampling.calls;

import java.time.Instant;
import java.time.LocalDate;

import io.callqa.events.CallRecorded;

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
        Instant recordedAt,
        Instant intervalStart,
        Instant intervalEnd,
        boolean inserted,
        Instant previousIntervalStart,
        LocalDate hireDate) {

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
