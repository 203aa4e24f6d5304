package io.callqa.reporting.pareto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto of deductions: items by points lost, most first (equal points by item id), each with its share of all
 * points lost and the cumulative share, rounded half up to 4 decimals. The "vital few" are the items up to and
 * including the one where the cumulative share first reaches the cut (0.8 by default); the test is exact (integer
 * points), so an item that brings the total to exactly 80% is the last of the vital few.
 */
public final class ParetoCut {

    /** An item and the points it lost in the scope and period. */
    public record Loss(String itemId, long pointsLost) {
    }

    /** One bar of the Pareto. */
    public record Bar(String itemId, long pointsLost, BigDecimal share, BigDecimal cumulativeShare, boolean vitalFew) {
    }

    private ParetoCut() {
    }

    public static List<Bar> of(List<Loss> losses, BigDecimal cut) {
        List<Loss> ordered = losses.stream().filter(l -> l.pointsLost() > 0)
                .sorted(Comparator.comparingLong(Loss::pointsLost).reversed().thenComparing(Loss::itemId))
                .toList();
        BigDecimal total = BigDecimal.valueOf(ordered.stream().mapToLong(Loss::pointsLost).sum());
        BigDecimal reach = cut.multiply(total);
        List<Bar> bars = new ArrayList<>();
        long cumulative = 0;
        boolean reached = false;
        for (Loss loss : ordered) {
            cumulative += loss.pointsLost();
            bars.add(new Bar(loss.itemId(), loss.pointsLost(), share(loss.pointsLost(), total),
                    share(cumulative, total), !reached));
            reached = reached || BigDecimal.valueOf(cumulative).compareTo(reach) >= 0;
        }
        return bars;
    }

    private static BigDecimal share(long part, BigDecimal total) {
        return BigDecimal.valueOf(part).divide(total, 4, RoundingMode.HALF_UP);
    }
}
