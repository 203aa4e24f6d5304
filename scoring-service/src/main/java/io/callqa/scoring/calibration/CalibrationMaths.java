package io.callqa.scoring.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.ItemResult;

/**
 * How far an evaluator's scoring of a calibration call is from the reference scorer's: deviation = |total −
 * reference total| on the 100-point scale; agreement = the share of the scorecard's items scored exactly as the
 * reference (same N/A, points and red-line verdict); flagged when the deviation is over the allowed points.
 */
public final class CalibrationMaths {

    private CalibrationMaths() {
    }

    public record Outcome(BigDecimal deviation, BigDecimal agreement, boolean flagged) {
    }

    public static Outcome compare(BigDecimal total, List<ItemResult> items, BigDecimal referenceTotal,
            List<ItemResult> reference, BigDecimal allowed) {
        BigDecimal deviation = total.subtract(referenceTotal).abs().setScale(1, RoundingMode.HALF_UP);
        return new Outcome(deviation, agreement(items, reference), deviation.compareTo(allowed) > 0);
    }

    /** Items scored as the reference scored them, over the reference's items; 3 decimals, half up. */
    static BigDecimal agreement(List<ItemResult> items, List<ItemResult> reference) {
        if (reference.isEmpty()) {
            return BigDecimal.ONE.setScale(3);
        }
        Map<String, ItemResult> mine = items.stream().collect(Collectors.toMap(ItemResult::itemId, Function.identity()));
        long same = reference.stream().filter(r -> sameVerdict(mine.get(r.itemId()), r)).count();
        return BigDecimal.valueOf(same).divide(BigDecimal.valueOf(reference.size()), 3, RoundingMode.HALF_UP);
    }

    private static boolean sameVerdict(ItemResult a, ItemResult b) {
        return a != null && a.na() == b.na() && a.failed() == b.failed() && Objects.equals(a.awarded(), b.awarded());
    }
}
