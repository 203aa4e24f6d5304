package io.callqa.feedback.coaching;

import java.util.List;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.callqa.feedback.training.TeamTopics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Evaluations → coaching plans and re-checks ({@link AutomaticPlans}), one evaluation after another in the order
 * they arrived, then the team training topics of the batch ({@link TeamTopics}). Order 10: after the QA file.
 */
@ApplicationScoped
public class CoachingListener implements EvaluationListener {

    private final AutomaticPlans plans;
    private final TeamTopics topics;

    public CoachingListener(AutomaticPlans plans, TeamTopics topics) {
        this.plans = plans;
        this.topics = topics;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        List<Scored> batch = events.stream().<Scored>mapMulti((e, out) -> {
            if (e instanceof EvaluationReleased r && r.agentId() != null) {
                out.accept(Scored.of(r));
            } else if (e instanceof EvaluationRevised r && r.agentId() != null) {
                out.accept(Scored.of(r));
            }
        }).toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Scored s : batch) {
            chain = chain.chain(() -> plans.on(s, batch));
        }
        return chain.chain(() -> topics.on(batch));
    }
}
