package io.callqa.reporting.heatmaps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.callqa.reporting.pareto.ItemLoss;
import io.callqa.reporting.periods.Period;

/**
 * A heat map of points lost per evaluation: {@code rows} are teams ({@code rowKind} {@code team}) or the agents of
 * {@code teamId} ({@code agent}); {@code items} the columns, most points lost first; each row's {@code cells} in the
 * columns' order (null when the row has no evaluations in the period).
 */
public record HeatMapReport(String rowKind, String teamId, String period, LocalDate from, LocalDate to, int limit,
        List<Column> items, List<RowCells> rows) {

    /** A column: the item, its labels and its points lost over all rows. */
    public record Column(String itemId, String label, String itemZh, String itemEn, long pointsLost) {
    }

    /** A row: the team or agent, its evaluations and its cells. */
    public record RowCells(String id, long evaluations, List<BigDecimal> cells) {
    }

    static HeatMapReport of(String rowKind, String teamId, Period period, int limit,
            HeatMapQueries.Data data) {
        HeatMap.Grid grid = HeatMap.of(data.rows(), data.losses(), limit);
        List<Column> columns = new ArrayList<>();
        for (String item : grid.items()) {
            ItemLoss l = data.items().get(item);
            columns.add(new Column(item, l.label(), l.itemZh(), l.itemEn(), grid.itemTotals().get(item)));
        }
        List<RowCells> rows = data.rows().stream()
                .map(r -> new RowCells(r.id(), r.evaluations(), grid.cells().get(r.id()))).toList();
        return new HeatMapReport(rowKind, teamId, period.label(), period.start(), period.last(), limit, columns, rows);
    }
}
