package io.callqa.ingest.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * Reads newline-delimited JSON: one record per line, blank lines skipped. A line that is not JSON (a truncated
 * line, say) rejects only that record; the index counts records, the message names the line.
 */
public final class NdjsonBodies {

    private NdjsonBodies() {
    }

    public static List<Candidate> read(byte[] body, RequestLimits limits) {
        Utf8.require(body);
        List<Candidate> candidates = new ArrayList<>();
        int line = 0;
        for (int start = 0; start < body.length; line++) {
            int end = lineEnd(body, start);
            int length = trimmedLength(body, start, end);
            if (length > 0) {
                limits.checkRecordCount(candidates.size() + 1);
                candidates.add(record(candidates.size(), line + 1, body, start, length, limits));
            }
            start = end + 1;
        }
        if (candidates.isEmpty()) {
            throw ProblemException.invalid("body", "holds no record; send one JSON object per line");
        }
        return candidates;
    }

    private static Candidate record(int index, int line, byte[] body, int start, int length, RequestLimits limits) {
        try {
            JsonNode node = JsonBodies.ONE_VALUE.readTree(body, start, length);
            return JsonBodies.candidate(index, node, length, limits);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return Candidate.unreadable(index, null, List.of(new FieldError("record",
                    "line " + line + " is not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            return Candidate.unreadable(index, null, List.of(new FieldError("record", "line " + line
                    + " cannot be read")));
        }
    }

    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    private static int trimmedLength(byte[] body, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(body[last - 1])) {
            last--;
        }
        int first = start;
        while (first < last && Character.isWhitespace(body[first])) {
            first++;
        }
        return first == last ? 0 : last - start;
    }
}
