package io.callqa.ingest.adapters.asterisk;

import java.util.List;
import java.util.Map;

import io.callqa.ingest.intake.BatchResult;
import io.callqa.ingest.intake.Rejection;

/**
 * The answer to a queue_log upload: calls published, duplicates and rejections (index = the line number of the
 * call's ending line, or of the unreadable line), and the calls still in a queue at the end of the upload, kept
 * until a later upload ends them.
 */
public record QueueLogResult(int accepted, int duplicates, List<Rejection> rejected, List<Pending> pending) {

    /** A call not yet ended: its callid and how many of its lines are kept. */
    public record Pending(String callId, int lines) {
    }

    static QueueLogResult of(BatchResult result, Map<String, List<String>> pending) {
        return new QueueLogResult(result.accepted(), result.duplicates(), result.rejected(),
                pending.entrySet().stream().map(e -> new Pending(e.getKey(), e.getValue().size())).toList());
    }
}
