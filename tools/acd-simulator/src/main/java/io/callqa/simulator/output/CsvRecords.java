package io.callqa.simulator.output;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Timestamps;

/**
 * Calls as CSV for {@code POST /api/v1/calls/csv} (RFC 4180): a header of the JSON field names without the
 * transcript, one call per row, CRLF line ends, empty for absent, a field quoted when it holds a comma, a quote or a
 * line break (and quotes doubled inside).
 */
public final class CsvRecords {

    public static final List<String> HEADER = List.of("callId", "channel", "direction", "queueId", "agentId", "teamId",
            "callerNumber", "enqueuedAt", "answeredAt", "endedAt", "talkSeconds", "holdSeconds", "releasedBy",
            "recordingUri", "wrapUpCode", "csat");
    public static final String LINE_END = "\r\n";

    private final ZoneId zone;

    public CsvRecords(ZoneId zone) {
        this.zone = zone;
    }

    public static String header() {
        return row(HEADER);
    }

    public String call(Call call) {
        List<String> values = new ArrayList<>(HEADER.size());
        values.add(call.callId());
        values.add(Call.CHANNEL);
        values.add(call.direction().name());
        values.add(call.queueId());
        values.add(call.agentId());
        values.add(call.teamId());
        values.add(call.callerNumber());
        values.add(Timestamps.format(call.enqueuedAt(), zone));
        values.add(Timestamps.format(call.answeredAt(), zone));
        values.add(Timestamps.format(call.endedAt(), zone));
        values.add(text(call.talkSeconds()));
        values.add(text(call.holdSeconds()));
        values.add(call.releasedBy() == null ? null : call.releasedBy().name());
        values.add(call.recordingUri());
        values.add(call.wrapUpCode());
        values.add(text(call.csat()));
        return row(values);
    }

    static String row(List<String> values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            row.append(i == 0 ? "" : ",").append(escape(values.get(i)));
        }
        return row.append(LINE_END).toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
