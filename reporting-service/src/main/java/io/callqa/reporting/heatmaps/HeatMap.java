package io.callqa.reporting.heatmaps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heat map of points lost per evaluation: rows (teams or agents) × items. The columns are the items that lost
 * points in any row, most points lost first (equal totals by item id), at most {@code limit} of them. A cell is the
 * row's points lost on the item divided by the row's evaluations, rounded half up to 2 decimals: 0 when the row
 * lost nothing on it, null when the row has no evaluations in the period.
 */
public final class HeatMap {

    /** A row and its evaluations in the period. */
    public record Row(String id, long evaluations) {
    }

    /** The points a row lost on an item in the period. */
    public record Loss(String rowId, String itemId, long pointsLost) {
    }

    /** The columns (item ids, in order) and for each row its cells in the same order. */
    public record Grid(List<String> items, Map<String, Long> itemTotals, Map<String, List<BigDecimal>> cells) {
    }

    private HeatMap() {
    }

    public static Grid of(List<Row> rows, List<Loss> losses, int limit) {
        Map<String, Long> totals = new HashMap<>();
        Map<String, Map<String, Long>> byRow = new HashMap<>();
        for (Loss loss : losses) {
            totals.merge(loss.itemId(), loss.pointsLost(), Long::sum);
            byRow.computeIfAbsent(loss.rowId(), r -> new HashMap<>())
                    .merge(loss.itemId(), loss.pointsLost(), Long::sum);
        }
        List<String> items = totals.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        Map<String, Long> itemTotals = new LinkedHashMap<>();
        items.forEach(i -> itemTotals.put(i, totals.get(i)));
        Map<String, List<BigDecimal>> cells = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, Long> lost = byRow.getOrDefault(row.id(), Map.of());
            List<BigDecimal> values = new ArrayList<>();
            for (String item : items) {
                values.add(row.evaluations() == 0 ? null
                        : perEvaluation(lost.getOrDefault(item, 0L), row.evaluations()));
            }
            cells.put(row.id(), values);
        }
        return new Grid(items, itemTotals, cells);
    }

    private static BigDecimal perEvaluation(long points, long evaluations) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(evaluations), 2, RoundingMode.HALF_UP);
    }
}
