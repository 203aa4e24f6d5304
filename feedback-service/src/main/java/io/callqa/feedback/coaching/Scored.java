package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.SampleSelected;

/**
 * One evaluation as the coaching rules see it: the figures of its newest version, placed at the time its first
 * version was released (a revision replaces the figures but keeps the evaluation in its month, as sampling does).
 */
public record Scored(
        UUID evaluationId,
        int version,
        String agentId,
        String teamId,
        Instant placedAt,
        BigDecimal totalScore,
        boolean criticalFailed,
        List<ItemResult> items,
        List<SampleSelected.Reason> reasons) {

    public Scored {
        items = items == null ? List.of() : List.copyOf(items);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static Scored of(EvaluationReleased e) {
        return new Scored(e.evaluationId(), e.version(), e.agentId(), e.teamId(), e.releasedAt(), e.totalScore(),
                e.criticalFailed(), e.items(), e.reasons());
    }

    public static Scored of(EvaluationRevised e) {
        return new Scored(e.evaluationId(), e.version(), e.agentId(), e.teamId(), e.releasedAt(), e.totalScore(),
                e.criticalFailed(), e.items(), e.reasons());
    }

    /** An item lost points, or a red line failed. */
    public static boolean isDeducted(ItemResult item) {
        return item.pointsLost() > 0 || item.failed();
    }

    public boolean deducts(String itemId) {
        return items.stream().anyMatch(i -> i.itemId().equals(itemId) && isDeducted(i));
    }

    /** The items that lost points or failed, in scorecard order, each once. */
    public List<String> deductedItems() {
        Set<String> ids = new LinkedHashSet<>();
        items.stream().filter(Scored::isDeducted).forEach(i -> ids.add(i.itemId()));
        return List.copyOf(ids);
    }

    /** The red-line items that failed. */
    public List<String> failedItems() {
        return items.stream().filter(ItemResult::failed).map(ItemResult::itemId).distinct().toList();
    }

    /**
     * Every version of some evaluations (in any order) → one {@link Scored} per evaluation: the newest version's
     * figures at the first version's time, oldest first.
     */
    public static List<Scored> latest(List<Scored> versions) {
        Map<UUID, Scored> newest = new LinkedHashMap<>();
        Map<UUID, Instant> first = new LinkedHashMap<>();
        for (Scored s : versions) {
            newest.merge(s.evaluationId, s, (a, b) -> b.version > a.version ? b : a);
            first.merge(s.evaluationId, s.placedAt, (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Scored> out = new ArrayList<>();
        newest.forEach((id, s) -> out.add(s.placedOn(first.get(id))));
        out.sort(Comparator.comparing(Scored::placedAt).thenComparing((Scored s) -> s.evaluationId.toString()));
        return out;
    }

    Scored placedOn(Instant at) {
        return new Scored(evaluationId, version, agentId, teamId, at, totalScore, criticalFailed, items, reasons);
    }
}
