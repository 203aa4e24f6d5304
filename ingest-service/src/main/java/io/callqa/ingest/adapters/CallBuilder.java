package io.callqa.ingest.adapters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

/**
 * Builds one call in the normalised form (the camelCase fields of {@code POST /api/v1/calls}) from a vendor record,
 * and collects what is wrong with the vendor record. Absent values are left out, never written as null. Errors
 * name the vendor's field, so that whoever configures the vendor side knows what to fix.
 */
public final class CallBuilder {

    private final ObjectNode call = AdapterJson.MAPPER.createObjectNode();
    private final List<FieldError> errors = new ArrayList<>();

    public CallBuilder put(String field, String value) {
        if (value != null && !value.isBlank()) {
            call.put(field, value);
        }
        return this;
    }

    public CallBuilder put(String field, Integer value) {
        if (value != null) {
            call.put(field, value);
        }
        return this;
    }

    /** Writes the instant in its ISO-8601 UTC form, e.g. {@code 2026-11-02T01:15:03Z}. */
    public CallBuilder put(String field, Instant value) {
        if (value != null) {
            call.put(field, value.toString());
        }
        return this;
    }

    public CallBuilder put(String field, Enum<?> value) {
        return put(field, value == null ? null : value.name());
    }

    public CallBuilder error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Candidate build(int index) {
        return build(index, null);
    }

    /**
     * The candidate: readable when nothing was wrong, otherwise unreadable with what could be mapped (without the
     * caller's number, which must not travel further than the pipeline that hashes it).
     */
    public Candidate build(int index, Instant version) {
        if (errors.isEmpty()) {
            return Candidate.versioned(index, call, version);
        }
        ObjectNode partial = call.deepCopy();
        partial.remove("callerNumber");
        return Candidate.unreadable(index, partial, errors);
    }
}
