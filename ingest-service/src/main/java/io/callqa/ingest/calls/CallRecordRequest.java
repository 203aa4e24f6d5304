package io.callqa.ingest.calls;

import java.time.OffsetDateTime;
import java.util.List;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.events.CallRecorded.Speaker;

/**
 * A call record as an ACD/CTI sends it, in the normalised form (camelCase JSON). Unknown fields are ignored;
 * {@link CallRecordValidator} says what is wrong with it.
 */
public record CallRecordRequest(
        String callId,
        Channel channel,
        Direction direction,
        String queueId,
        String agentId,
        String teamId,
        String callerNumber,
        OffsetDateTime enqueuedAt,
        OffsetDateTime answeredAt,
        OffsetDateTime endedAt,
        Integer talkSeconds,
        Integer holdSeconds,
        ReleasedBy releasedBy,
        String recordingUri,
        String wrapUpCode,
        Integer csat,
        List<Line> transcript) {

    /** One utterance: who spoke, when (milliseconds from the start of the call) and what. */
    public record Line(Speaker speaker, Long offsetMs, Long endOffsetMs, String text) {
    }

    public Direction directionOrDefault() {
        return direction == null ? Direction.INBOUND : direction;
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.VOICE : channel;
    }

    /** {@code toString} without the caller's number, so that a record is never logged with it. */
    @Override
    public String toString() {
        return "CallRecordRequest[callId=" + callId + ", agentId=" + agentId + ", queueId=" + queueId + "]";
    }
}
