package io.callqa.feedback.evaluations;

import java.util.List;

import io.callqa.events.EvaluationEvent;
import io.smallrye.mutiny.Uni;

/**
 * A feature that learns from {@code qa.evaluations.v1}: each poll's new events (redeliveries already removed by the
 * inbox) are handed to every listener in turn, in {@link #order()}, inside the batch's one transaction.
 */
public interface EvaluationListener {

    /** Lower runs first: the QA file (0) is written, and flushed, before any listener reads it. */
    int order();

    Uni<Void> on(List<EvaluationEvent> events);
}
