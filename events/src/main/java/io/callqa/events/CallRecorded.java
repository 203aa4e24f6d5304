package io.callqa.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One normalised call record (话单), published by ingest once per accepted record.
 * The caller's number never appears in clear: {@code callerHash} is a keyed HMAC for matching repeat
 * callers and {@code callerMasked} a display form such as {@code 138****5678}.
 */
public record CallRecorded(
        UUID eventId,
        Instant occurredAt,
        String callId,
        Channel channel,
        Direction direction,
        String queueId,
        String agentId,
        String teamId,
        String callerHash,
        String callerMasked,
        Instant enqueuedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer talkSeconds,
        Integer holdSeconds,
        Integer waitSeconds,
        CallOutcome outcome,
        ReleasedBy releasedBy,
        String recordingUri,
        String wrapUpCode,
        Integer csat,
        List<TranscriptLine> transcript) implements CallEvent {

    public enum Channel { VOICE, CHAT }

    public enum Direction { INBOUND, OUTBOUND }

    public enum CallOutcome { ANSWERED, ABANDONED }

    public enum ReleasedBy { AGENT, CUSTOMER, SYSTEM }

    public enum Speaker { AGENT, CUSTOMER }

    /**
     * One utterance of the call's transcript: who spoke, when it began ({@code offsetMs} from the call's start) and,
     * where speech recognition tells it, when it ended ({@code endOffsetMs}, else null).
     */
    public record TranscriptLine(Speaker speaker, long offsetMs, Long endOffsetMs, String text) {

        /** An utterance whose end is not known. */
        public TranscriptLine(Speaker speaker, long offsetMs, String text) {
            this(speaker, offsetMs, null, text);
        }
    }

    public CallRecorded {
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
    }

    public boolean answered() {
        return outcome == CallOutcome.ANSWERED;
    }

    @Override
    public String key() {
        return agentId != null ? agentId : queueId != null ? queueId : callId;
    }
}
