package io.callqa.simulator.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import io.callqa.simulator.cli.Format;
import io.callqa.simulator.records.Call;

/** Writes calls one after the other as NDJSON (one object and {@code \n} per call) or CSV (header first). */
public final class CallWriter {

    private final OutputStream out;
    private final Format format;
    private final JsonRecords json;
    private final CsvRecords csv;
    private long written;

    public CallWriter(OutputStream out, Format format, ZoneId zone) throws IOException {
        this.out = out;
        this.format = format;
        this.json = new JsonRecords(zone);
        this.csv = new CsvRecords(zone);
        if (format == Format.CSV) {
            out.write(CsvRecords.header().getBytes(StandardCharsets.UTF_8));
        }
    }

    public void write(Call call) throws IOException {
        if (format == Format.CSV) {
            out.write(csv.call(call).getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(JsonRecords.bytes(json.call(call)));
            out.write('\n');
        }
        written++;
    }

    public long written() {
        return written;
    }
}
