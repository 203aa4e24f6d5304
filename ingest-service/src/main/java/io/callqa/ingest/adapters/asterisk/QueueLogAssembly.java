package io.callqa.ingest.adapters.asterisk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.ingest.intake.Candidate;

/**
 * What {@link QueueLogAssembler} made of an upload.
 *
 * @param calls the calls that ended in this upload, in the order of their ending lines; each candidate's index
 *         is the 1-based line number of that ending line in the upload. A call whose ENTERQUEUE never arrived is
 *         among them, unreadable (field {@code ENTERQUEUE}).
 * @param pending the calls still in a queue at the end of the upload: callid → their raw lines (ENTERQUEUE, then
 *         CONNECT when answered), to be stored as text and passed back with the next upload
 * @param rejectedLines lines that are not queue_log lines, as unreadable candidates: index = line number (0 for a
 *         stored pending line), field {@code line N} (or {@code pending[i]}), message saying what is wrong
 */
public record QueueLogAssembly(List<Candidate> calls, Map<String, List<String>> pending,
        List<Candidate> rejectedLines) {

    public QueueLogAssembly {
        calls = List.copyOf(calls);
        pending = Collections.unmodifiableMap(new LinkedHashMap<>(pending));
        rejectedLines = List.copyOf(rejectedLines);
    }

    /** All pending lines, flattened in callid order: what to pass as the pending lines of the next upload. */
    public List<String> pendingLines() {
        return pending.values().stream().flatMap(List::stream).toList();
    }
}
