package io.callqa.ingest.adapters.asterisk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.ingest.intake.Candidate;

/**
 * One channel can wait in several queues in turn (overflow after a timeout, a transfer to another queue), all
 * under the same queue_log callid; each stay is a call of its own for QA. The first stay keeps the callid; a later
 * one becomes {@code <callid>:<epoch seconds it entered its queue>}. "First" is remembered across uploads (the
 * service stores each callid's first ENTERQUEUE), so uploading the same log again names every stay the same way
 * and finds them all duplicates.
 */
final class QueueStays {

    private QueueStays() {
    }

    /** The renamed calls, and the first stay of each callid to remember. */
    record Named(List<Candidate> calls, Map<String, Instant> firstStays) {
    }

    static Named name(List<Candidate> calls, Map<String, Instant> knownFirstStays) {
        Map<String, Instant> first = new HashMap<>(knownFirstStays);
        for (Candidate call : calls) {
            Instant entered = entered(call);
            if (entered != null && !knownFirstStays.containsKey(call.callId())) {
                first.merge(call.callId(), entered, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Candidate> named = new ArrayList<>(calls.size());
        for (Candidate call : calls) {
            Instant entered = entered(call);
            if (entered != null && !entered.equals(first.get(call.callId()))) {
                call.record().put("callId", call.callId() + ":" + entered.getEpochSecond());
            }
            named.add(call);
        }
        return new Named(named, first);
    }

    private static Instant entered(Candidate call) {
        if (call.record() == null || call.callId() == null || !call.record().path("enqueuedAt").isTextual()) {
            return null;
        }
        return OffsetDateTime.parse(call.record().get("enqueuedAt").asText()).toInstant();
    }
}
