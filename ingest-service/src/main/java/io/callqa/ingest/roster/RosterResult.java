package io.callqa.ingest.roster;

import java.util.List;

import io.callqa.kit.problem.FieldError;

/** The answer to a roster upload: entries published, and each rejected entry with its errors. */
public record RosterResult(int accepted, List<Rejected> rejected) {

    /** An entry that was not published: its position in the request, the agent when known, and why. */
    public record Rejected(int index, String agentId, List<FieldError> errors) {
    }
}
