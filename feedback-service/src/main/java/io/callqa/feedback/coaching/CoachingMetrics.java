package io.callqa.feedback.coaching;

import io.callqa.kit.persistence.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.feedback.coaching.plans.created{trigger}}, {@code .decided{outcome}} (VERIFIED, FAILED) and
 * {@code .closed}, counted once the change has committed. Tags come from the enums only.
 */
@ApplicationScoped
public class CoachingMetrics {

    private final MeterRegistry registry;

    public CoachingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void created(Trigger trigger) {
        Transactions.afterCommit(() -> registry.counter("qa.feedback.coaching.plans.created",
                "trigger", trigger.name()).increment());
    }

    void decided(PlanState outcome) {
        Transactions.afterCommit(() -> registry.counter("qa.feedback.coaching.plans.decided",
                "outcome", outcome.name()).increment());
    }

    void closed() {
        Transactions.afterCommit(() -> registry.counter("qa.feedback.coaching.plans.closed").increment());
    }
}
