package io.callqa.ingest.adapters.asterisk;

import java.util.ArrayList;
import java.util.List;

/**
 * A caller's stay in a queue that has not ended yet: its ENTERQUEUE line and, once an agent answered, its CONNECT
 * line. Either may be missing (a CONNECT whose ENTERQUEUE was in a rotated-away log).
 */
final class QueueAttempt {

    private QueueLogLine enter;
    private QueueLogLine connect;

    QueueLogLine enter() {
        return enter;
    }

    QueueLogLine connect() {
        return connect;
    }

    void enter(QueueLogLine line) {
        enter = line;
    }

    void connect(QueueLogLine line) {
        connect = line;
    }

    /** The raw lines to keep until the attempt ends, in the order they were logged. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (enter != null) {
            lines.add(enter.raw());
        }
        if (connect != null) {
            lines.add(connect.raw());
        }
        return lines;
    }
}
