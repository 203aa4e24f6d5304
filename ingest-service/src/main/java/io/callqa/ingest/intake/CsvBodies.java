package io.callqa.ingest.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * Reads CSV whose header row names normalised fields ({@code callId,queueId,agentId,...}); every following row
 * is one record, empty cells are absent values, and a {@code transcript} cell holds the JSON list. The header
 * must name known fields, each once, and include {@code callId} and {@code endedAt}; a row with more or fewer
 * cells than the header rejects only that row (index 0 = the first row after the header).
 */
public final class CsvBodies {

    static final Set<String> FIELDS = Set.of("callId", "channel", "direction", "queueId", "agentId", "teamId",
            "callerNumber", "enqueuedAt", "answeredAt", "endedAt", "talkSeconds", "holdSeconds", "releasedBy",
            "recordingUri", "wrapUpCode", "csat", "transcript");
    static final List<String> REQUIRED = List.of("callId", "endedAt");

    private CsvBodies() {
    }

    public static List<Candidate> read(byte[] body, RequestLimits limits) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(Utf8.decode(body));
        } catch (CsvRows.UnclosedQuote e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "is empty; send a header row and one row per call");
        }
        List<String> header = header(rows.get(0).cells());
        limits.checkRecordCount(rows.size() - 1);
        List<Candidate> candidates = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            candidates.add(record(candidates.size(), header, row, limits));
        }
        if (candidates.isEmpty()) {
            throw ProblemException.invalid("body", "has a header but no rows; send one row per call");
        }
        return candidates;
    }

    private static List<String> header(List<String> cells) {
        List<String> names = cells.stream().map(String::trim).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError("header[" + i + "]", "'" + name + "' is not a field of a call record; "
                        + "use the normalised names, e.g. callId, queueId, agentId, enqueuedAt, answeredAt, endedAt"));
            } else if (!seen.add(name)) {
                errors.add(new FieldError("header[" + i + "]", "'" + name + "' appears twice"));
            }
        }
        REQUIRED.stream().filter(r -> !names.contains(r))
                .forEach(r -> errors.add(new FieldError("header", "has no '" + r + "' column")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return names;
    }

    private static Candidate record(int index, List<String> header, CsvRows.Row row, RequestLimits limits) {
        ObjectNode record = JsonBodies.MAPPER.createObjectNode();
        int width = Math.min(header.size(), row.cells().size());
        for (int i = 0; i < width; i++) {
            if (!row.cells().get(i).isEmpty()) {
                record.put(header.get(i), row.cells().get(i));
            }
        }
        if (row.cells().stream().mapToInt(String::length).sum() > limits.maxRecordBytes()) {
            return Candidate.unreadable(index, record, List.of(new FieldError("row", "line " + row.line() + " "
                    + limits.recordTooLarge())));
        }
        if (row.cells().size() != header.size()) {
            return Candidate.unreadable(index, record, List.of(new FieldError("row", "line " + row.line() + " has "
                    + row.cells().size() + " values but the header names " + header.size() + " columns")));
        }
        return transcript(index, record, row.line());
    }

    private static Candidate transcript(int index, ObjectNode record, int line) {
        if (!record.has("transcript")) {
            return Candidate.of(index, record);
        }
        try {
            record.set("transcript", JsonBodies.MAPPER.readTree(record.get("transcript").asText()));
            return Candidate.of(index, record);
        } catch (JsonProcessingException e) {
            return Candidate.unreadable(index, record, List.of(new FieldError("transcript",
                    "line " + line + ": must be a JSON list of {speaker, offsetMs, text}")));
        }
    }
}
