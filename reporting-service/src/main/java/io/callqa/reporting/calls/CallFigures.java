package io.callqa.reporting.calls;

import java.time.Duration;

import io.callqa.events.CallRecorded;

/**
 * What one call adds to its day's sums. Inbound calls that entered a queue are offered, and end answered or
 * abandoned; an answered one is within the threshold when it waited no longer than it. Handle time (talk + hold)
 * and queue wait are summed over answered inbound calls, CSAT over the calls that have one.
 */
public record CallFigures(int offered, int answered, int abandoned, int answeredWithin, long handleSeconds,
        long waitSeconds, int csatSum, int csatCount) {

    public static CallFigures of(CallRecorded call, Duration threshold) {
        boolean offered = call.direction() == CallRecorded.Direction.INBOUND && call.enqueuedAt() != null;
        boolean answered = offered && call.answered();
        long wait = answered ? waitSeconds(call) : 0;
        long handle = answered ? zeroIfNull(call.talkSeconds()) + zeroIfNull(call.holdSeconds()) : 0;
        return new CallFigures(offered ? 1 : 0, answered ? 1 : 0, offered && !call.answered() ? 1 : 0,
                answered && wait <= threshold.toSeconds() ? 1 : 0, handle, wait,
                call.csat() == null ? 0 : call.csat(), call.csat() == null ? 0 : 1);
    }

    private static long waitSeconds(CallRecorded call) {
        if (call.waitSeconds() != null) {
            return call.waitSeconds();
        }
        return call.answeredAt() == null ? 0 : Duration.between(call.enqueuedAt(), call.answeredAt()).toSeconds();
    }

    private static long zeroIfNull(Integer seconds) {
        return seconds == null ? 0 : seconds;
    }
}
