package io.callqa.ingest.complaints;

import java.util.List;

import io.callqa.kit.problem.FieldError;

/** The answer to a complaints upload: published, already published within the window, and rejected. */
public record ComplaintResult(int accepted, int duplicates, List<Rejected> rejected) {

    /** A complaint that was not published: its position in the request, its id when known, and why. */
    public record Rejected(int index, String complaintId, List<FieldError> errors) {
    }
}
