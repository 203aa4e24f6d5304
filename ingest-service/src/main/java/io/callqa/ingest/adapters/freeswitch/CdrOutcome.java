package io.callqa.ingest.adapters.freeswitch;

import io.callqa.ingest.intake.Candidate;

/** What one CDR posted by mod_json_cdr comes to: a call to screen and publish, or a leg acknowledged and ignored. */
public sealed interface CdrOutcome {

    /** The leg that carries the call: a candidate, readable or not. */
    record Call(Candidate candidate) implements CdrOutcome {
    }

    /**
     * A leg that is not a call of its own (an agent leg, the B-leg of a bridge, an internal call): answer 2xx so that
     * mod_json_cdr does not retry it, and publish nothing.
     *
     * @param legUuid the leg's uuid, when known
     * @param reason why it is ignored, for the response and the log
     */
    record Ignored(String legUuid, String reason) implements CdrOutcome {
    }
}
