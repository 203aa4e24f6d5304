package io.callqa.ingest.adapters.asterisk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.ingest.adapters.CallBuilder;
import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

/**
 * Assembles calls from Asterisk queue_log text, as a pure function of (lines still pending from earlier uploads,
 * this upload). A call's lines often span uploads (ENTERQUEUE in one, COMPLETECALLER in the next), so the lines of
 * calls not yet ended come back in {@link QueueLogAssembly#pending()}: the service keeps them in its database and
 * passes them in with the next upload. A call is never dropped: it ends in a later upload, or stays pending (the
 * service decides how long to keep pending lines before reporting them stale).
 * <p>
 * Per callid: ENTERQUEUE opens an attempt, CONNECT marks it answered, and one of the ending events closes it (see
 * {@link QueueCompletion}). Every other event (QUEUESTART, CONFIGRELOAD, ADDMEMBER, REMOVEMEMBER, PAUSE, UNPAUSE,
 * AGENTLOGIN, AGENTLOGOFF, RINGNOANSWER, RINGCANCELED, AGENTDUMP, SYSCOMPAT, DID, INFO, ...) is irrelevant here and
 * not kept. A caller that leaves one queue and enters another (overflow, transfer to a queue) has one attempt per
 * queue, each ending before the next begins, all under the same callid. Blank lines are skipped; line numbers count
 * every line of the upload from 1.
 */
public final class QueueLogAssembler {

    private final Map<String, QueueAttempt> open = new LinkedHashMap<>();
    private final List<Candidate> calls = new ArrayList<>();
    private final List<Candidate> rejected = new ArrayList<>();

    private QueueLogAssembler() {
    }

    public static QueueLogAssembly assemble(List<String> pendingLines, String upload) {
        QueueLogAssembler assembler = new QueueLogAssembler();
        for (int i = 0; i < pendingLines.size(); i++) {
            assembler.accept(pendingLines.get(i), 0, "pending[" + i + "]");
        }
        String[] lines = upload.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            if (!lines[number - 1].isBlank()) {
                assembler.accept(lines[number - 1].strip(), number, "line " + number);
            }
        }
        Map<String, List<String>> pending = new LinkedHashMap<>();
        assembler.open.forEach((callId, attempt) -> pending.put(callId, attempt.lines()));
        return new QueueLogAssembly(assembler.calls, pending, assembler.rejected);
    }

    private void accept(String raw, int lineNumber, String where) {
        QueueLogLine line = parse(raw, lineNumber, where);
        if (line == null) {
            return;
        }
        switch (line.event()) {
            case "ENTERQUEUE" -> enter(line, lineNumber);
            case "CONNECT" -> open.computeIfAbsent(line.callId(), id -> new QueueAttempt()).connect(line);
            default -> {
                if (QueueCompletion.ends(line.event())) {
                    calls.add(QueueCompletion.call(open.remove(line.callId()), line, lineNumber));
                }
            }
        }
    }

    private QueueLogLine parse(String raw, int lineNumber, String where) {
        try {
            return QueueLogLine.parse(raw);
        } catch (IllegalArgumentException e) {
            rejected.add(Candidate.unreadable(lineNumber, null, List.of(new FieldError(where, e.getMessage()))));
            return null;
        }
    }

    /** Opens an attempt; one still open for the callid lost its ending line, and is reported rather than dropped. */
    private void enter(QueueLogLine line, int lineNumber) {
        QueueAttempt earlier = open.remove(line.callId());
        if (earlier != null) {
            String queue = earlier.enter() != null ? earlier.enter().queue() : earlier.connect().queue();
            calls.add(new CallBuilder().put("callId", line.callId()).put("queueId", queue).error("ENTERQUEUE",
                    "callid " + line.callId() + " entered queue " + line.queue() + " again before its stay in queue "
                            + queue + " ended; that stay has no ending line and cannot be checked").build(lineNumber));
        }
        QueueAttempt attempt = new QueueAttempt();
        attempt.enter(line);
        open.put(line.callId(), attempt);
    }
}
