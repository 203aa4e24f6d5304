package io.callqa.ingest.adapters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.callqa.kit.problem.ProblemException;

/** The JSON mapper the vendor adapters share, and the few reads they all need. */
public final class AdapterJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private AdapterJson() {
    }

    /** Decodes strict UTF-8; a 400 naming {@code field} otherwise. */
    public static String utf8(String field, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(field, "is not UTF-8 text");
        }
    }

    /** Parses one JSON value; a 400 naming {@code field} (with line and column) when it is empty or malformed. */
    public static JsonNode read(String field, String json) {
        if (json.isBlank()) {
            throw ProblemException.invalid(field, "is empty");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.invalid(field, "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** The text of a scalar member, or null when it is absent, null, blank or not a scalar. */
    public static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
