package io.callqa.reporting.rebuild;

import java.time.Instant;
import java.util.UUID;

/** One rebuild as its status answers it. */
public record RebuildRun(UUID id, String requestedBy, Instant requestedAt, Instant finishedAt, Status status,
        long events, long skipped, String error) {

    /** RUNNING until the rebuilt tables replaced the live ones (DONE) or it stopped with an error (FAILED). */
    public enum Status { RUNNING, DONE, FAILED }
}
