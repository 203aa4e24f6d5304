package io.callqa.ingest.adapters.amazonconnect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.kit.problem.FieldError;

/**
 * The contact records in one Firehose record: {@code data} is base64 of UTF-8 text holding one CTR, or several
 * one after another (newline-separated or not, as Connect's stream may batch them), possibly with a trailing
 * newline.
 */
final class FirehoseRecordData {

    /** The contact records read, in order, and what stopped the reading (null when nothing did). */
    record Decoded(List<JsonNode> contactRecords, FieldError error) {
    }

    private FirehoseRecordData() {
    }

    static Decoded decode(int position, JsonNode record) {
        String field = "records[" + position + "].data";
        String data = record.isObject() && record.path("data").isTextual() ? record.get("data").asText() : null;
        if (data == null) {
            return failed(field, "is required: the base64 of one or more contact records");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            return failed(field, "is not valid base64");
        }
        try {
            return contactRecords(field, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return failed(field, "does not decode to UTF-8 text");
        }
    }

    private static Decoded contactRecords(String field, String text) {
        List<JsonNode> records = new ArrayList<>();
        try (MappingIterator<JsonNode> values = AdapterJson.MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                if (!value.isObject()) {
                    return new Decoded(records, new FieldError(field, "must hold contact records (JSON objects), "
                            + "not " + value.getNodeType().name().toLowerCase()));
                }
                records.add(value);
            }
        } catch (IOException | RuntimeException e) {
            return new Decoded(records, new FieldError(field, "does not hold valid JSON after "
                    + records.size() + " contact record(s)"));
        }
        return records.isEmpty() ? failed(field, "holds no contact record") : new Decoded(records, null);
    }

    private static Decoded failed(String field, String message) {
        return new Decoded(List.of(), new FieldError(field, message));
    }
}
