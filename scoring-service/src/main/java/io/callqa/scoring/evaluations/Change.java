package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.ItemResult;

/** One field an action changed, e.g. {@code items.S1.awarded} from 15 to 10, as the audit trail shows it. */
public record Change(String field, String from, String to) {

    /** What differs between two scorings of the same scorecard: each item's verdict and the total. */
    public static List<Change> between(List<ItemResult> before, BigDecimal totalBefore, List<ItemResult> after,
            BigDecimal totalAfter) {
        Map<String, ItemResult> old = before.stream().collect(Collectors.toMap(ItemResult::itemId, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (ItemResult now : after) {
            ItemResult was = old.get(now.itemId());
            String at = "items." + now.itemId() + ".";
            add(changes, at + "verdict", was == null ? null : verdict(was), verdict(now));
            add(changes, at + "reason", was == null ? null : was.reason(), now.reason());
            add(changes, at + "comment", was == null ? null : was.comment(), now.comment());
        }
        add(changes, "totalScore", str(totalBefore), str(totalAfter));
        return changes;
    }

    private static String verdict(ItemResult r) {
        return r.na() ? "N/A" : "CRITICAL".equals(r.kind()) ? (r.failed() ? "failed" : "passed")
                : r.awarded() + "/" + r.maxPoints();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static void add(List<Change> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(field, from, to));
        }
    }
}
