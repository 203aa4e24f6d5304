package io.callqa.ingest.adapters.asterisk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One line of Asterisk's {@code queue_log} file: {@code time|callid|queue|agent|event|data1|data2|...}. The time is
 * epoch seconds (a fractional part is accepted); the callid is the caller channel's uniqueid (e.g.
 * {@code 1793581961.101}), NONE for events that belong to no call; the agent is the member name (which defaults to
 * the member's interface, e.g. {@code PJSIP/1001}), NONE when there is none. The raw line is kept so that it can be
 * stored as it is while its call is incomplete.
 */
record QueueLogLine(Instant time, String callId, String queue, String agent, String event, List<String> data,
        String raw) {

    QueueLogLine {
        data = List.copyOf(data);
    }

    /** Parses a line; an IllegalArgumentException saying what is wrong when it is not a queue_log line. */
    static QueueLogLine parse(String raw) {
        String[] fields = raw.split("\\|", -1);
        if (fields.length < 5) {
            throw new IllegalArgumentException("has " + fields.length + " field(s); a queue_log line is "
                    + "time|callid|queue|agent|event|data...");
        }
        if (fields[4].isBlank()) {
            throw new IllegalArgumentException("has no event name (the fifth field)");
        }
        return new QueueLogLine(time(fields[0]), fields[1], fields[2], fields[3], fields[4],
                Arrays.asList(fields).subList(5, fields.length), raw);
    }

    private static Instant time(String field) {
        if (!field.matches("\\d{1,12}(\\.\\d{1,9})?")) {
            throw new IllegalArgumentException("time '" + field + "' is not epoch seconds");
        }
        BigDecimal seconds = new BigDecimal(field);
        long whole = seconds.longValue();
        return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
    }

    /** The data field at {@code index} (from 0), or "" when the line has fewer. */
    String data(int index) {
        return index < data.size() ? data.get(index) : "";
    }

    /** The data field {@code fromEnd} places from the end (1 = the last), or "" when the line has fewer. */
    String dataFromEnd(int fromEnd) {
        return fromEnd <= data.size() ? data.get(data.size() - fromEnd) : "";
    }
}
