package io.callqa.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.callqa.bench.CallRecords.CallRecord;

/** Request bodies for ingest, serialised before any clock starts: JSON arrays of {@code size} records. */
final class Batches {

    private Batches() {
    }

    static List<byte[]> of(List<CallRecord> records, int size) {
        List<byte[]> bodies = new ArrayList<>((records.size() + size - 1) / size);
        for (int from = 0; from < records.size(); from += size) {
            bodies.add(body(records.subList(from, Math.min(records.size(), from + size))));
        }
        return bodies;
    }

    static byte[] body(List<CallRecord> records) {
        StringBuilder json = new StringBuilder(records.size() * 640 + 2).append('[');
        for (CallRecord record : records) {
            json.append(json.length() > 1 ? "," : "").append(record.json());
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
