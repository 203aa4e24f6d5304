package io.callqa.sampling.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.callqa.sampling.rules.Reason;

/**
 * What a sample's reasons make of it: REALTIME if any reason is, the highest priority of its reasons, and the
 * due time of its mode.
 */
public record SamplePlan(Mode mode, Priority priority, Instant dueAt) {

    public static SamplePlan of(List<Reason> reasons, Instant selectedAt, Duration realtimeDue, Duration posthocDue) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one reason");
        }
        Mode mode = reasons.stream().anyMatch(r -> r.rule().mode() == Mode.REALTIME) ? Mode.REALTIME : Mode.POSTHOC;
        Priority priority = reasons.stream().map(r -> r.rule().priority())
                .min(Comparator.naturalOrder()).orElseThrow();
        return new SamplePlan(mode, priority, selectedAt.plus(mode == Mode.REALTIME ? realtimeDue : posthocDue));
    }
}
