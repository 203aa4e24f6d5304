package io.callqa.sampling.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.RuleBook;

/**
 * What a sample's reasons make of it: REALTIME if any reason's mode is, the highest priority of its reasons, and
 * the due time of its mode. A reason's mode and priority are its own override, else its rule's as configured.
 */
public record SamplePlan(Mode mode, Priority priority, Instant dueAt) {

    public static SamplePlan of(Collection<Reason> reasons, RuleBook book, Instant selectedAt, Duration realtimeDue,
            Duration posthocDue) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one reason");
        }
        Mode mode = reasons.stream().anyMatch(r -> mode(r, book) == Mode.REALTIME) ? Mode.REALTIME : Mode.POSTHOC;
        Priority priority = reasons.stream().map(r -> r.priority() != null ? r.priority() : book.priority(r.rule()))
                .min(Comparator.naturalOrder()).orElseThrow();
        return new SamplePlan(mode, priority, selectedAt.plus(mode == Mode.REALTIME ? realtimeDue : posthocDue));
    }

    /**
     * The plan of a sample that gains reasons at {@code now}: REALTIME if it was or a new reason is, the higher
     * priority, due at the earlier of its old due time and the new reasons' due time from now.
     */
    public SamplePlan merge(Collection<Reason> added, RuleBook book, Instant now, Duration realtimeDue,
            Duration posthocDue) {
        SamplePlan fresh = of(added, book, now, realtimeDue, posthocDue);
        Mode merged = mode == Mode.REALTIME || fresh.mode() == Mode.REALTIME ? Mode.REALTIME : Mode.POSTHOC;
        Priority higher = priority.compareTo(fresh.priority()) <= 0 ? priority : fresh.priority();
        return new SamplePlan(merged, higher, fresh.dueAt().isBefore(dueAt) ? fresh.dueAt() : dueAt);
    }

    private static Mode mode(Reason reason, RuleBook book) {
        return reason.mode() != null ? reason.mode() : book.mode(reason.rule());
    }
}
