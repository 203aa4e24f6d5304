package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased.ItemResult;

/** Item results and evaluations for the plain unit tests. */
final class Items {

    private Items() {
    }

    static ItemResult lost(String itemId, int maxPoints, int awarded) {
        return new ItemResult(itemId, "SERVICE", "DEDUCTION", maxPoints, awarded, false, false, "R", null, null);
    }

    static ItemResult full(String itemId) {
        return lost(itemId, 10, 10);
    }

    static ItemResult redLine(String itemId, boolean failed) {
        return new ItemResult(itemId, "COMPLIANCE", "CRITICAL", 0, 0, false, failed, null, null, null);
    }

    static Scored scored(String agent, Instant at, String total, ItemResult... items) {
        boolean critical = List.of(items).stream().anyMatch(ItemResult::failed);
        return new Scored(UUID.randomUUID(), 1, agent, "t-1", at, new BigDecimal(total), critical, List.of(items),
                List.of());
    }
}
