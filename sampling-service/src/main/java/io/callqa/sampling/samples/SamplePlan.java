package io.callqa.sampling.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RuleBook;

/**
 * What a sample's rules make of it: REALTIME if any rule's mode is, the highest priority of its rules, and the
 * due time of its mode.
 */
public record SamplePlan(Mode mode, Priority priority, Instant dueAt) {

    public static SamplePlan of(Collection<Rule> rules, RuleBook book, Instant selectedAt, Duration realtimeDue,
            Duration posthocDue) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one reason");
        }
        Mode mode = rules.stream().anyMatch(r -> book.mode(r) == Mode.REALTIME) ? Mode.REALTIME : Mode.POSTHOC;
        Priority priority = rules.stream().map(book::priority).min(Comparator.naturalOrder()).orElseThrow();
        return new SamplePlan(mode, priority, selectedAt.plus(mode == Mode.REALTIME ? realtimeDue : posthocDue));
    }

    /**
     * The plan of a sample that gains rules at {@code now}: mode and priority of all its rules, due at the earlier
     * of its old due time and the due time the new plan would have from now.
     */
    public SamplePlan merge(Collection<Rule> allRules, RuleBook book, Instant now, Duration realtimeDue,
            Duration posthocDue) {
        SamplePlan fresh = of(allRules, book, now, realtimeDue, posthocDue);
        return new SamplePlan(fresh.mode(), fresh.priority(), fresh.dueAt().isBefore(dueAt) ? fresh.dueAt() : dueAt);
    }
}
