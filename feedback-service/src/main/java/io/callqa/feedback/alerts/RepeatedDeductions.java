package io.callqa.feedback.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.ItemResult;

/**
 * The rule behind REPEATED_DEDUCTION, in plain Java: which items one agent lost points on (or failed) in at least
 * {@code threshold} evaluations released on one local day. Each evaluation counts once, as its newest version
 * says, on the day its first version was released (a later revision does not move it to another day).
 */
public final class RepeatedDeductions {

    /** One filed version of an evaluation. */
    public record Filed(UUID evaluationId, int version, Instant releasedAt, List<ItemResult> items) {
    }

    private RepeatedDeductions() {
    }

    /** Lost points or failed a red line. */
    public static boolean deducted(ItemResult item) {
        return item.pointsLost() > 0 || item.failed();
    }

    /**
     * The items deducted at least {@code threshold} times on {@code day}, each with the evaluations that deducted it
     * in order of release; items in the order they first reached the threshold's evaluations.
     */
    public static Map<String, List<UUID>> on(LocalDate day, ZoneId zone, List<Filed> versions, int threshold) {
        Map<UUID, List<Filed>> byEvaluation = versions.stream().collect(Collectors.groupingBy(Filed::evaluationId));
        List<Counted> counted = new ArrayList<>();
        byEvaluation.forEach((id, all) -> {
            Instant first = all.stream().map(Filed::releasedAt).min(Comparator.naturalOrder()).orElseThrow();
            Filed newest = all.stream().max(Comparator.comparingInt(Filed::version)).orElseThrow();
            if (first.atZone(zone).toLocalDate().equals(day)) {
                counted.add(new Counted(id, first, newest.items()));
            }
        });
        counted.sort(Comparator.comparing(Counted::firstReleased).thenComparing(Counted::evaluationId));
        Map<String, List<UUID>> byItem = new LinkedHashMap<>();
        for (Counted c : counted) {
            c.items().stream().filter(RepeatedDeductions::deducted).map(ItemResult::itemId).distinct()
                    .forEach(item -> byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(c.evaluationId()));
        }
        byItem.values().removeIf(ids -> ids.size() < threshold);
        return byItem;
    }

    private record Counted(UUID evaluationId, Instant firstReleased, List<ItemResult> items) {
    }
}
