package io.callqa.ingest.adapters.amazonconnect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * One request of Amazon Data Firehose to an HTTP endpoint ("HTTP endpoint delivery request and response
 * specifications", protocol version 1.0): {@code {"requestId": "...", "timestamp": <epoch ms>, "records":
 * [{"data": "<base64>"}, ...]}}. The same request id comes in the {@code X-Amz-Firehose-Request-Id} header and
 * stays the same when Firehose retries; the response must echo it (see {@link FirehoseResponse}). When the stream
 * compresses, the body arrives with {@code Content-Encoding: gzip}; it is given here already decompressed.
 *
 * @param requestId the delivery's id, to echo in the response
 * @param timestamp when Firehose sent it, null when absent
 * @param records the {@code records} elements, each one {@code {"data": "<base64>"}}
 */
public record FirehoseDelivery(String requestId, Instant timestamp, List<JsonNode> records) {

    public FirehoseDelivery {
        records = List.copyOf(records);
    }

    /** Reads the envelope; a 400 naming {@code body}, {@code requestId}, {@code timestamp} or {@code records}. */
    public static FirehoseDelivery parse(byte[] body) {
        JsonNode root = AdapterJson.read("body", AdapterJson.utf8("body", body));
        if (!root.isObject()) {
            throw ProblemException.invalid("body", "must be a Firehose delivery request: "
                    + "{\"requestId\": ..., \"timestamp\": ..., \"records\": [...]}");
        }
        List<FieldError> errors = envelopeErrors(root);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<JsonNode> records = new ArrayList<>();
        root.get("records").forEach(records::add);
        JsonNode timestamp = root.get("timestamp");
        return new FirehoseDelivery(AdapterJson.text(root, "requestId"),
                timestamp == null ? null : Instant.ofEpochMilli(timestamp.asLong()), records);
    }

    private static List<FieldError> envelopeErrors(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        if (AdapterJson.text(root, "requestId") == null) {
            errors.add(new FieldError("requestId", "is required"));
        }
        JsonNode timestamp = root.get("timestamp");
        if (timestamp != null && !timestamp.isIntegralNumber()) {
            errors.add(new FieldError("timestamp", "must be epoch milliseconds"));
        }
        if (!root.path("records").isArray()) {
            errors.add(new FieldError("records", "is required: an array of {\"data\": \"<base64>\"}"));
        }
        return errors;
    }

    /**
     * Every contact record of the delivery as a candidate; the index counts contact records across the whole
     * delivery (a Firehose record may hold several). A record whose data cannot be read takes one index, as an
     * unreadable candidate naming {@code records[i].data}, after any contact records read from it before the fault.
     */
    public List<Candidate> candidates(ContactRecordMapper mapper) {
        List<Candidate> candidates = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            FirehoseRecordData.Decoded decoded = FirehoseRecordData.decode(position, records.get(position));
            for (JsonNode contactRecord : decoded.contactRecords()) {
                candidates.add(mapper.map(candidates.size(), contactRecord));
            }
            if (decoded.error() != null) {
                candidates.add(Candidate.unreadable(candidates.size(), null, List.of(decoded.error())));
            }
        }
        return candidates;
    }
}
