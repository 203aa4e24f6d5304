package io.callqa.feedback.library;

import java.util.List;

import io.callqa.events.EvaluationEvent;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.callqa.feedback.knowledge.EvaluationGaps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the library and the knowledge-gap list learn from each evaluation batch (order 30, after the QA file):
 * nominations for the excellent-recording library, then knowledge gaps from items deducted for a knowledge-base
 * reason.
 */
@ApplicationScoped
public class LibraryListener implements EvaluationListener {

    private final Nominator nominator;
    private final EvaluationGaps gaps;

    public LibraryListener(Nominator nominator, EvaluationGaps gaps) {
        this.nominator = nominator;
        this.gaps = gaps;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        return nominator.on(events).chain(() -> gaps.record(events));
    }
}
