package io.callqa.simulator.push;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ingest API's answer to a batch: {@code {"accepted": n, "duplicates": n, "rejected": [{"index", "callId",
 * "errors": [{"field", "message"}]}]}} (the roster's has no duplicates and names {@code agentId}).
 */
public record BatchAnswer(int accepted, int duplicates, int rejected, List<String> rejections) {

    public static BatchAnswer parse(JsonNode body) {
        List<String> rejections = new ArrayList<>();
        JsonNode rejected = body.path("rejected");
        for (JsonNode rejection : rejected) {
            rejections.add(describe(rejection));
        }
        return new BatchAnswer(body.path("accepted").asInt(0), body.path("duplicates").asInt(0), rejected.size(),
                rejections);
    }

    /** A whole batch refused at once (e.g. 400 for a body the service cannot read). */
    public static BatchAnswer allRejected(int records, String message) {
        return new BatchAnswer(0, 0, records, List.of("whole batch of " + records + ": " + message));
    }

    /** {@code #12 SIM-42-20261101-000013: endedAt must not be before answeredAt}. */
    static String describe(JsonNode rejection) {
        String id = rejection.path("callId").asText(rejection.path("agentId").asText(
                rejection.path("complaintId").asText("")));
        StringBuilder text = new StringBuilder("#").append(rejection.path("index").asInt(-1));
        text.append(id.isEmpty() ? "" : " " + id).append(":");
        for (JsonNode error : rejection.path("errors")) {
            String field = error.path("field").asText("");
            text.append(" ").append(field.isEmpty() ? "" : field + " ").append(error.path("message").asText(""))
                    .append(";");
        }
        return text.toString();
    }
}
