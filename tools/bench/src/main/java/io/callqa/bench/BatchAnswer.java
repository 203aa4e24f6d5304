package io.callqa.bench;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** What ingest answers to a batch: {@code {"accepted": n, "duplicates": n, "rejected": [...]}}. */
public record BatchAnswer(int accepted, int duplicates, int rejected) {

    public static BatchAnswer parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            JsonValue rejected = answer.get("rejected");
            return new BatchAnswer(answer.getInt("accepted"), answer.getInt("duplicates", 0),
                    rejected == null || rejected.getValueType() != JsonValue.ValueType.ARRAY ? 0
                            : rejected.asJsonArray().size());
        } catch (RuntimeException e) {
            throw new IllegalStateException("not a batch answer: " + abbreviate(body), e);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
