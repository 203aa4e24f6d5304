package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One re-check (复检) evaluation of a plan: its newest version's total, and which of the plan's weak items lost
 * points in it. A revision before the decision replaces it.
 */
public record Recheck(UUID evaluationId, int version, BigDecimal totalScore, List<String> lostItems,
        Instant releasedAt) {

    public Recheck {
        lostItems = lostItems == null ? List.of() : List.copyOf(lostItems);
    }

    static Recheck of(Scored s, List<String> weakItems) {
        return new Recheck(s.evaluationId(), s.version(), s.totalScore(),
                weakItems.stream().filter(s::deducts).toList(), s.placedAt());
    }

    /** {@code rechecks} with {@code added} in: a newer version replaces an older one; oldest evaluation first. */
    static List<Recheck> with(List<Recheck> rechecks, Recheck added) {
        List<Recheck> out = new ArrayList<>();
        boolean replaced = false;
        for (Recheck r : rechecks) {
            if (r.evaluationId.equals(added.evaluationId)) {
                out.add(added.version >= r.version ? added : r);
                replaced = true;
            } else {
                out.add(r);
            }
        }
        if (!replaced) {
            out.add(added);
        }
        out.sort(Comparator.comparing(Recheck::releasedAt));
        return out;
    }
}
