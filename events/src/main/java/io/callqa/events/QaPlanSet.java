package io.callqa.events;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A month's QA plan (质检计划) was set or changed: how many evaluations each evaluator, QA lead or team lead must
 * complete that month. {@code targets} is the whole plan as it now stands (a later event for the same month replaces
 * it). The reports check completion against it, and a month without a plan costs the QA team points.
 */
public record QaPlanSet(
        UUID eventId,
        Instant occurredAt,
        YearMonth month,
        List<Target> targets,
        String setBy,
        Instant setAt) implements EvaluationEvent {

    /** One person's monthly target. */
    public record Target(String personId, int target) {
    }

    public QaPlanSet {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    @Override
    public String key() {
        return month.toString();
    }
}
