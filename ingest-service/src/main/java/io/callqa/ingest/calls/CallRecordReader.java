package io.callqa.ingest.calls;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.events.CallRecorded.Speaker;
import io.callqa.ingest.intake.FieldReader;
import io.callqa.kit.problem.FieldError;

/**
 * Turns one call in the normalised JSON form into a {@link CallRecordRequest}, naming every field whose value
 * has the wrong type. Unknown fields are ignored, so ACDs may send more than the platform uses.
 */
public final class CallRecordReader {

    private CallRecordReader() {
    }

    /** The call, or the type errors (the call is then null). */
    public record Read(CallRecordRequest call, List<FieldError> errors) {
    }

    public static Read read(ObjectNode node, boolean textualNumbers) {
        FieldReader in = FieldReader.of(node, textualNumbers);
        CallRecordRequest call = new CallRecordRequest(in.text("callId"), in.choice("channel", Channel.class),
                in.choice("direction", Direction.class), in.text("queueId"), in.text("agentId"), in.text("teamId"),
                in.text("callerNumber"), in.instant("enqueuedAt"), in.instant("answeredAt"), in.instant("endedAt"),
                in.integer("talkSeconds", " of seconds"), in.integer("holdSeconds", " of seconds"),
                in.choice("releasedBy", ReleasedBy.class), in.text("recordingUri"), in.text("wrapUpCode"),
                in.integer("csat", " from 1 to 5"), transcript(in, in.value("transcript")));
        return in.errors().isEmpty() ? new Read(call, List.of()) : new Read(null, in.errors());
    }

    private static List<CallRecordRequest.Line> transcript(FieldReader in, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            in.error("transcript", "must be a list of {speaker, offsetMs, text}");
            return null;
        }
        List<CallRecordRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode line = value.get(i);
            if (!line.isObject()) {
                in.error("transcript[" + i + "]", "must be an object {speaker, offsetMs, text}");
                continue;
            }
            FieldReader at = in.nested(line, "transcript[" + i + "]");
            lines.add(new CallRecordRequest.Line(at.choice("speaker", Speaker.class),
                    at.longValue("offsetMs", " of milliseconds"), at.longValue("endOffsetMs", " of milliseconds"),
                    at.text("text")));
        }
        return lines;
    }
}
