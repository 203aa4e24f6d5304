package io.callqa.ingest.intake;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.kit.problem.FieldError;

/**
 * One call of a request before validation: its position in the request, the call in the normalised JSON form
 * (camelCase fields, as {@code POST /api/v1/calls} takes them), the vendor's version of the record when it has
 * one (a later version replaces an earlier one), or the reasons it could not even be read.
 *
 * @param index position in the request, from 0 (array element, NDJSON line, CSV data row, vendor record)
 * @param record the normalised call, null when unreadable
 * @param version the vendor's last-update time, null when the vendor does not version its records
 * @param errors why the record could not be read; empty for a readable record (which may still be invalid)
 * @param caller the caller's number already replaced by ingest (hash and masked form), for records whose number
 *         had to be kept between requests (Asterisk calls pending across uploads); null otherwise
 */
public record Candidate(int index, ObjectNode record, Instant version, List<FieldError> errors, CallerId caller) {

    /** A caller's number as ingest keeps it: the keyed hash and the masked form, never the number. */
    public record CallerId(String hash, String masked) {
    }

    public Candidate {
        errors = List.copyOf(errors);
    }

    public static Candidate of(int index, ObjectNode record) {
        return new Candidate(index, record, null, List.of(), null);
    }

    public static Candidate versioned(int index, ObjectNode record, Instant version) {
        return new Candidate(index, record, version, List.of(), null);
    }

    public static Candidate unreadable(int index, ObjectNode partial, List<FieldError> errors) {
        return new Candidate(index, partial, null, errors, null);
    }

    public Candidate withCaller(CallerId protectedCaller) {
        return new Candidate(index, record, version, errors, protectedCaller);
    }

    public Candidate withIndex(int newIndex) {
        return new Candidate(newIndex, record, version, errors, caller);
    }

    /** The call id as sent (text, or a whole number as its digits), when there is one. */
    public String callId() {
        JsonNode id = record == null ? null : record.get("callId");
        return id != null && (id.isTextual() || id.isIntegralNumber()) ? id.asText() : null;
    }

    public boolean readable() {
        return errors.isEmpty() && record != null;
    }
}
