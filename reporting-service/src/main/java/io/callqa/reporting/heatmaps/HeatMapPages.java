package io.callqa.reporting.heatmaps;

import java.util.ArrayList;
import java.util.List;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The heat maps as CSV (a row per team or agent, a column per item id) and printable HTML. */
final class HeatMapPages {

    private HeatMapPages() {
    }

    static Table csv(HeatMapReport r) {
        List<String> columns = new ArrayList<>(List.of(r.rowKind() + "_id", "evaluations"));
        r.items().forEach(c -> columns.add(c.itemId()));
        Table.Builder table = Table.of(columns.toArray(String[]::new));
        for (HeatMapReport.RowCells row : r.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.id(), row.evaluations()));
            values.addAll(row.cells());
            table.row(values.toArray());
        }
        return table.build();
    }

    static String html(HeatMapReport r) {
        String title = r.teamId() == null ? "团队 × 扣分项 Teams × items"
                : "坐席 × 扣分项 Agents × items · " + r.teamId();
        Double[][] values = r.rows().stream().map(row -> row.cells().stream()
                .map(c -> c == null ? null : c.doubleValue()).toArray(Double[]::new)).toArray(Double[][]::new);
        return HtmlPage.titled("热力图 Heat map · " + title)
                .subtitle(r.period() + " (" + r.from() + " – " + r.to() + "), "
                        + "每次质检扣分 points lost per evaluation")
                .svg(Charts.heatmap(title, r.rows().stream().map(HeatMapReport.RowCells::id).toList(),
                        r.items().stream().map(HeatMapReport.Column::label).toList(), values))
                .table("扣分项 Items", items(r))
                .render();
    }

    private static Table items(HeatMapReport r) {
        Table.Builder table = Table.of("item_id", "item", "item_en", "points_lost");
        r.items().forEach(c -> table.row(c.itemId(), c.label(), c.itemEn(), c.pointsLost()));
        return table.build();
    }
}
