package io.callqa.ingest.adapters.asterisk;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.calls.CallerNumbers;
import io.callqa.ingest.intake.Candidate;

/**
 * Caller numbers never rest in the database in clear, not even in queue_log lines kept between uploads: before a
 * pending ENTERQUEUE line is stored, its callerid field is replaced by {@code ~<hash>~<masked>}; when the call
 * completes, that token becomes the candidate's already-protected caller.
 */
final class PendingCallers {

    static final String TOKEN = "~";
    private static final int CALLERID = 6;

    private PendingCallers() {
    }

    /** The line as it may be stored. */
    static String protect(String line, CallerNumbers numbers) {
        String[] fields = line.split("\\|", -1);
        if (fields.length <= CALLERID || !"ENTERQUEUE".equals(fields[4]) || fields[CALLERID].startsWith(TOKEN)) {
            return line;
        }
        String hash = numbers.hash(fields[CALLERID]);
        fields[CALLERID] = hash == null ? "" : TOKEN + hash + TOKEN + CallerNumbers.mask(fields[CALLERID]);
        return String.join("|", fields);
    }

    /** The candidate with a stored token turned back into its protected caller. */
    static Candidate restore(Candidate candidate) {
        JsonNode number = candidate.record() == null ? null : candidate.record().get("callerNumber");
        if (number == null || !number.asText().startsWith(TOKEN)) {
            return candidate;
        }
        String[] parts = number.asText().split(TOKEN, -1);
        candidate.record().remove("callerNumber");
        return parts.length == 3 ? candidate.withCaller(new Candidate.CallerId(parts[1], parts[2])) : candidate;
    }
}
