package io.callqa.simulator.output;

import java.time.ZoneId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;
import io.callqa.simulator.records.Timestamps;
import io.callqa.simulator.records.TranscriptLine;

/** The JSON the ingest API takes: camelCase fields in a fixed order, absent rather than null, times with offset. */
public final class JsonRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ZoneId zone;

    public JsonRecords(ZoneId zone) {
        this.zone = zone;
    }

    public ObjectNode call(Call call) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("callId", call.callId()).put("channel", Call.CHANNEL).put("direction", call.direction().name());
        text(node, "queueId", call.queueId());
        text(node, "agentId", call.agentId());
        text(node, "teamId", call.teamId());
        text(node, "callerNumber", call.callerNumber());
        text(node, "enqueuedAt", Timestamps.format(call.enqueuedAt(), zone));
        text(node, "answeredAt", Timestamps.format(call.answeredAt(), zone));
        text(node, "endedAt", Timestamps.format(call.endedAt(), zone));
        number(node, "talkSeconds", call.talkSeconds());
        number(node, "holdSeconds", call.holdSeconds());
        text(node, "releasedBy", call.releasedBy() == null ? null : call.releasedBy().name());
        text(node, "recordingUri", call.recordingUri());
        text(node, "wrapUpCode", call.wrapUpCode());
        number(node, "csat", call.csat());
        if (call.transcript() != null) {
            ArrayNode lines = node.putArray("transcript");
            for (TranscriptLine line : call.transcript()) {
                lines.addObject().put("speaker", line.speaker().name()).put("offsetMs", line.offsetMs())
                        .put("endOffsetMs", line.endOffsetMs()).put("text", line.text());
            }
        }
        return node;
    }

    public ObjectNode agent(Agent agent) {
        return MAPPER.createObjectNode().put("agentId", agent.agentId()).put("name", agent.name())
                .put("teamId", agent.teamId()).put("supervisorId", agent.supervisorId())
                .put("hireDate", agent.hireDate().toString()).put("active", agent.active());
    }

    public ObjectNode complaint(Complaint complaint) {
        return MAPPER.createObjectNode().put("complaintId", complaint.complaintId()).put("callId", complaint.callId())
                .put("agentId", complaint.agentId())
                .put("receivedAt", Timestamps.format(complaint.receivedAt(), zone))
                .put("category", complaint.category()).put("severity", complaint.severity().name())
                .put("summary", complaint.summary());
    }

    /** Compact UTF-8 JSON of one node. */
    public static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void number(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
