package io.callqa.ingest.intake;

import java.util.List;

import io.callqa.kit.problem.FieldError;

/** A record of a batch that was not accepted: where it was in the request, its call id when known, and why. */
public record Rejection(int index, String callId, List<FieldError> errors) {

    public Rejection {
        errors = List.copyOf(errors);
    }
}
