package io.callqa.ingest.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.events.AgentUpdated;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.FieldReader;
import io.callqa.kit.problem.FieldError;

/**
 * Reads and checks roster entries: {@code agentId}, {@code name}, {@code teamId} and {@code hireDate} (a local
 * date) are required, {@code supervisorId} optional, {@code active} true unless said otherwise. An agent named
 * twice in one request is rejected the second time.
 */
final class RosterEntries {

    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:@+-]{1,64}");

    private RosterEntries() {
    }

    record Screened(List<AgentUpdated> valid, List<RosterResult.Rejected> rejected) {
    }

    static Screened screen(List<Candidate> candidates, Instant now) {
        List<AgentUpdated> valid = new ArrayList<>();
        List<RosterResult.Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<FieldError> errors = new ArrayList<>(candidate.errors());
            AgentUpdated agent = errors.isEmpty() ? read(candidate.record(), now, errors) : null;
            Integer first = agent == null ? null : seen.putIfAbsent(agent.agentId(), candidate.index());
            if (first != null) {
                errors.add(new FieldError("agentId", "repeats the agent of entry " + first + " in this request"));
            }
            if (errors.isEmpty()) {
                valid.add(agent);
            } else {
                rejected.add(new RosterResult.Rejected(candidate.index(), text(candidate.record()), errors));
            }
        }
        return new Screened(valid, rejected);
    }

    private static AgentUpdated read(ObjectNode node, Instant now, List<FieldError> errors) {
        FieldReader in = FieldReader.of(node, false);
        String agentId = required(in, "agentId", 64);
        String name = required(in, "name", 100);
        String teamId = required(in, "teamId", 128);
        String supervisorId = in.text("supervisorId");
        var hireDate = in.date("hireDate");
        Boolean active = in.bool("active");
        if (hireDate == null && in.value("hireDate") == null) {
            in.error("hireDate", "is required (YYYY-MM-DD, the first working day)");
        }
        if (agentId != null && !ID.matcher(agentId).matches()) {
            in.error("agentId", "must be 1-64 letters, digits or . _ : @ + -");
        }
        errors.addAll(in.errors());
        return errors.isEmpty() ? new AgentUpdated(UUID.randomUUID(), now, agentId, name.trim(), teamId.trim(),
                supervisorId, hireDate, active == null || active) : null;
    }

    private static String required(FieldReader in, String field, int maxLength) {
        String value = in.text(field);
        if (value == null || value.isBlank()) {
            in.error(field, "is required");
            return null;
        }
        if (value.length() > maxLength) {
            in.error(field, "must not be longer than " + maxLength + " characters");
        }
        return value;
    }

    private static String text(ObjectNode node) {
        return node != null && node.path("agentId").isTextual() ? node.get("agentId").asText() : null;
    }
}
