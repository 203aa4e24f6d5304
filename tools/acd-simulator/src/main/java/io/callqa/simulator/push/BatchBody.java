package io.callqa.simulator.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.callqa.simulator.cli.Format;
import io.callqa.simulator.output.CsvRecords;

/**
 * The records of the next request, already encoded, kept under both limits: {@code maxRecords} records and
 * {@code maxBytes} bytes of body (the ingest API takes at most 10,000 records and 32 MiB).
 */
final class BatchBody {

    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final byte[] CSV_HEADER = CsvRecords.header().getBytes(StandardCharsets.UTF_8);

    private final Format format;
    private final int maxRecords;
    private final int maxBytes;
    private final List<byte[]> records = new ArrayList<>();
    private int bytes;

    BatchBody(Format format, int maxRecords, int maxBytes) {
        this.format = format;
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
    }

    /** Whether one more record of this size still fits. */
    boolean fits(byte[] record) {
        return records.size() < maxRecords && overhead() + bytes + record.length + 1 <= maxBytes;
    }

    void add(byte[] record) {
        records.add(record);
        bytes += record.length + 1;
    }

    int size() {
        return records.size();
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** The body (JSON array, NDJSON lines or CSV with its header) and a fresh start. */
    byte[] take() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(overhead() + bytes);
        if (format == Format.CSV) {
            body.writeBytes(CSV_HEADER); // each row ends with its own CRLF
        } else if (format == Format.JSON) {
            body.write('[');
        }
        for (int i = 0; i < records.size(); i++) {
            if (format == Format.JSON && i > 0) {
                body.write(',');
            }
            body.writeBytes(records.get(i));
            if (format == Format.NDJSON) {
                body.write('\n');
            }
        }
        if (format == Format.JSON) {
            body.write(']');
        }
        records.clear();
        bytes = 0;
        return body.toByteArray();
    }

    private int overhead() {
        return format == Format.CSV ? CSV_HEADER.length : 2;
    }
}
