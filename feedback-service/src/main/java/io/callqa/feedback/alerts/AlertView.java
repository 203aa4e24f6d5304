package io.callqa.feedback.alerts;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.EventJson;

/** An alert as clients see it: in lists, as SSE data and as the webhook body. */
public record AlertView(
        long id,
        AlertKind kind,
        String agentId,
        String teamId,
        String subjectId,
        String message,
        Map<String, Object> details,
        Instant raisedAt,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    static AlertView of(Alert a) {
        return new AlertView(a.id, AlertKind.valueOf(a.kind), a.agentId, a.teamId, a.subjectId, a.message,
                read(a.details), a.raisedAt, a.acknowledgedBy, a.acknowledgedAt);
    }

    static String write(Map<String, Object> details) {
        try {
            return EventJson.mapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("alert details not writable as JSON", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return EventJson.mapper().readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable alert details: " + json, e);
        }
    }
}
