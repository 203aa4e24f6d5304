package io.callqa.ingest.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.ingest.intake.Candidate;

/**
 * A valid request becomes the published {@link CallRecorded}: instants in UTC, talk and wait time derived when
 * not given, the outcome decided, the caller's number replaced by its hash and masked form.
 */
public final class CallNormalizer {

    private final CallerNumbers callerNumbers;

    public CallNormalizer(CallerNumbers callerNumbers) {
        this.callerNumbers = callerNumbers;
    }

    public CallRecorded normalize(CallRecordRequest call, UUID eventId, Instant now) {
        return normalize(call, eventId, now, null);
    }

    /** As {@link #normalize(CallRecordRequest, UUID, Instant)}, with a caller protected earlier by ingest. */
    public CallRecorded normalize(CallRecordRequest call, UUID eventId, Instant now, Candidate.CallerId protectedCaller) {
        boolean own = call.callerNumber() != null || protectedCaller == null;
        Instant enqueued = instant(call.enqueuedAt());
        Instant answered = instant(call.answeredAt());
        Instant ended = instant(call.endedAt());
        return new CallRecorded(eventId, now, call.callId(), call.channelOrDefault(), call.directionOrDefault(),
                call.queueId(), call.agentId(), call.teamId(),
                own ? callerNumbers.hash(call.callerNumber()) : protectedCaller.hash(),
                own ? CallerNumbers.mask(call.callerNumber()) : protectedCaller.masked(),
                enqueued, answered, ended,
                call.talkSeconds() != null ? call.talkSeconds() : seconds(answered, ended),
                call.holdSeconds(),
                waitSeconds(enqueued, answered, ended),
                answered != null ? CallOutcome.ANSWERED : CallOutcome.ABANDONED,
                call.releasedBy(), call.recordingUri(), call.wrapUpCode(), call.csat(), transcript(call));
    }

    /** Queue wait: until answered, or until the caller gave up. */
    static Integer waitSeconds(Instant enqueued, Instant answered, Instant ended) {
        return seconds(enqueued, answered != null ? answered : ended);
    }

    private static Integer seconds(Instant from, Instant to) {
        return from == null || to == null ? null : (int) Duration.between(from, to).getSeconds();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static List<CallRecorded.TranscriptLine> transcript(CallRecordRequest call) {
        return call.transcript() == null ? List.of() : call.transcript().stream()
                .map(l -> new CallRecorded.TranscriptLine(l.speaker(), l.offsetMs(), l.endOffsetMs(), l.text()))
                .toList();
    }
}
