package io.callqa.ingest.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * Reads a JSON body that is either one record (an object) or a batch (an array of objects), streaming through
 * the array so that each element's size is known and the record count is checked as it goes.
 */
public final class JsonBodies {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** For a text holding exactly one JSON value (an NDJSON line): anything after it is an error. */
    static final ObjectMapper ONE_VALUE = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonBodies() {
    }

    /** What a JSON body held: one record, or a batch. */
    public record Parsed(boolean single, List<Candidate> candidates) {
    }

    public static Parsed read(byte[] body, RequestLimits limits) {
        Utf8.require(body);
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return new Parsed(true, List.of(single(parser, body.length, limits)));
            }
            if (first == JsonToken.START_ARRAY) {
                return new Parsed(false, batch(parser, limits));
            }
            throw ProblemException.invalid("body", first == null ? "is empty; send a call record or a batch"
                    : "must be a call record (JSON object) or a batch (JSON array)");
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "cannot be read: " + e.getMessage());
        }
    }

    static ProblemException malformed(JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ProblemException.invalid("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    private static Candidate single(JsonParser parser, int size, RequestLimits limits) throws IOException {
        if (size > limits.maxRecordBytes()) {
            throw ProblemException.tooLarge("body", "the record " + limits.recordTooLarge());
        }
        ObjectNode record = parser.readValueAsTree();
        requireEnd(parser);
        return Candidate.of(0, record);
    }

    private static List<Candidate> batch(JsonParser parser, RequestLimits limits) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            limits.checkRecordCount(candidates.size() + 1);
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode element = parser.readValueAsTree();
            long size = parser.currentLocation().getByteOffset() - start;
            candidates.add(candidate(candidates.size(), element, size, limits));
        }
        requireEnd(parser);
        if (candidates.isEmpty()) {
            throw ProblemException.invalid("body", "the batch is empty; send at least one record");
        }
        return candidates;
    }

    static Candidate candidate(int index, JsonNode element, long size, RequestLimits limits) {
        if (!element.isObject()) {
            return Candidate.unreadable(index, null, List.of(new FieldError("record", "must be a JSON object")));
        }
        if (size > limits.maxRecordBytes()) {
            return Candidate.unreadable(index, (ObjectNode) element,
                    List.of(new FieldError("record", limits.recordTooLarge())));
        }
        return Candidate.of(index, (ObjectNode) element);
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw ProblemException.invalid("body", "has content after the end of the JSON value at line "
                    + parser.currentTokenLocation().getLineNr());
        }
    }
}
