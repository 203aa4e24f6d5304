package io.callqa.ingest.adapters.amazonconnect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * Reads the fields of one contact record by their documented path ({@code Agent.ConnectedToAgentTimestamp}); a value
 * that cannot be read is reported on the builder under that path. Sections may be null or absent.
 */
final class CtrFields {

    private final JsonNode ctr;
    private final CallBuilder call;

    CtrFields(JsonNode ctr, CallBuilder call) {
        this.ctr = ctr;
        this.call = call;
    }

    JsonNode root() {
        return ctr;
    }

    /** The node at the path, or null when it (or a section on the way) is absent or null. */
    JsonNode node(String path) {
        JsonNode node = ctr;
        for (String name : path.split("\\.")) {
            node = node.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    String text(String path) {
        int dot = path.lastIndexOf('.');
        return AdapterJson.text(dot < 0 ? ctr : node(path.substring(0, dot)), path.substring(dot + 1));
    }

    String requiredText(String path) {
        String text = text(path);
        if (text == null) {
            call.error(path, "is required");
        }
        return text;
    }

    /** An ISO-8601 timestamp ("2026-11-02T01:15:03Z", fractional seconds and offsets accepted), or null. */
    Instant instant(String path) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            call.error(path, "is not an ISO-8601 timestamp such as 2026-11-02T01:15:03Z: '" + text + "'");
            return null;
        }
    }

    Instant requiredInstant(String path, String message) {
        if (text(path) == null) {
            call.error(path, message);
            return null;
        }
        return instant(path);
    }

    /** Whole seconds, given as a JSON number (or as digits in a string). */
    Integer seconds(String path) {
        JsonNode node = node(path);
        if (node == null) {
            return null;
        }
        boolean whole = node.isIntegralNumber() && node.canConvertToInt();
        if (whole || node.isTextual() && node.asText().matches("\\d{1,9}")) {
            return node.asInt();
        }
        call.error(path, "is not a whole number of seconds: " + node);
        return null;
    }
}
