package io.callqa.ingest.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.events.ComplaintReceived;
import io.callqa.events.ComplaintReceived.Severity;
import io.callqa.ingest.calls.CallerNumbers;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.FieldReader;
import io.callqa.kit.problem.FieldError;

/**
 * Reads and checks complaint tickets: {@code complaintId}, {@code callId}, {@code receivedAt} and
 * {@code category} required; {@code severity} NORMAL unless GROUP_LEVEL; mobile numbers in the summary are
 * masked before anything is published.
 */
final class Complaints {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    static final int MAX_SUMMARY = 4000;

    private Complaints() {
    }

    record Screened(List<ComplaintReceived> valid, List<ComplaintResult.Rejected> rejected) {
    }

    static Screened screen(List<Candidate> candidates, Instant now) {
        List<ComplaintReceived> valid = new ArrayList<>();
        List<ComplaintResult.Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<FieldError> errors = new ArrayList<>(candidate.errors());
            ComplaintReceived complaint = errors.isEmpty() ? read(candidate.record(), now, errors) : null;
            Integer first = complaint == null ? null : seen.putIfAbsent(complaint.complaintId(), candidate.index());
            if (first != null) {
                errors.add(new FieldError("complaintId", "repeats the complaint of entry " + first
                        + " in this request"));
            }
            if (errors.isEmpty()) {
                valid.add(complaint);
            } else {
                rejected.add(new ComplaintResult.Rejected(candidate.index(), id(candidate.record()), errors));
            }
        }
        return new Screened(valid, rejected);
    }

    private static ComplaintReceived read(ObjectNode node, Instant now, List<FieldError> errors) {
        FieldReader in = FieldReader.of(node, false);
        String complaintId = id(in, "complaintId", true);
        String callId = id(in, "callId", true);
        String agentId = in.text("agentId");
        OffsetDateTime receivedAt = in.instant("receivedAt");
        String category = in.text("category");
        Severity severity = in.choice("severity", Severity.class);
        String summary = in.text("summary");
        if (receivedAt == null && in.value("receivedAt") == null) {
            in.error("receivedAt", "is required (ISO-8601 with offset)");
        } else if (receivedAt != null && receivedAt.toInstant().isAfter(now.plus(Duration.ofMinutes(5)))) {
            in.error("receivedAt", "is more than 5 minutes in the future");
        }
        if (category == null || category.isBlank() || category.length() > 64) {
            in.error("category", "is required, at most 64 characters");
        }
        if (summary != null && summary.length() > MAX_SUMMARY) {
            in.error("summary", "must not be longer than " + MAX_SUMMARY + " characters");
        }
        errors.addAll(in.errors());
        return errors.isEmpty() ? new ComplaintReceived(UUID.randomUUID(), now, complaintId, callId, agentId,
                receivedAt.toInstant(), category.trim(), severity == null ? Severity.NORMAL : severity,
                CallerNumbers.maskMobiles(summary)) : null;
    }

    private static String id(FieldReader in, String field, boolean required) {
        String value = in.text(field);
        if (value == null && required) {
            in.error(field, "is required");
        } else if (value != null && !ID.matcher(value).matches()) {
            in.error(field, "must be 1-64 characters of A-Z a-z 0-9 . _ : @ -");
        }
        return value;
    }

    private static String id(ObjectNode node) {
        return node != null && node.path("complaintId").isTextual() ? node.get("complaintId").asText() : null;
    }
}
