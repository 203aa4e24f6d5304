package io.callqa.reporting.render;

import java.util.List;

/** Rows × columns of values shaded white to red, values printed in the cells, null cells hatched grey. */
final class HeatMap {

    private static final double CELL_HEIGHT = 26;
    private static final double TURN = -45;
    private static final double LABEL_CAP = 220;

    private HeatMap() {
    }

    static String draw(String title, List<String> rows, List<String> columns, Double[][] values) {
        Charts.checkShape(rows, columns, values, null);
        double max = 0;
        double widestValue = 0;
        for (Double[] row : values) {
            for (Double v : row) {
                if (v != null && Double.isFinite(v)) {
                    max = Math.max(max, v);
                    widestValue = Math.max(widestValue, Svg.width(Svg.oneDecimal(v), 11));
                }
            }
        }
        double cellWidth = Math.max(44, widestValue + 10);
        double left = Svg.widest(rows, Svg.FONT_SIZE, LABEL_CAP) + 14;
        double columnLabel = Svg.widest(columns, 11, LABEL_CAP);
        double diagonal = Math.sin(Math.toRadians(-TURN));
        double top = Svg.TITLE_HEIGHT + columnLabel * diagonal + 16;
        double gridWidth = columns.size() * cellWidth;
        double width = Math.max(left + 320, left + gridWidth + columnLabel * diagonal + 16);
        double height = top + rows.size() * CELL_HEIGHT + 56;
        Svg svg = new Svg("heatmap", title, Grids.describe(title, rows, columns, values, false), width, height);
        svg.hatch("none", Colours.NO_DATA, "#9e9e9e", 1).gradient("scale", Colours.HEAT);
        Grids.columnLabels(svg, columns, left, top, cellWidth, TURN, LABEL_CAP);
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * CELL_HEIGHT;
            svg.text(left - 6, y + CELL_HEIGHT / 2 + 4, Svg.fit(rows.get(r), LABEL_CAP, Svg.FONT_SIZE), "end",
                    "class=\"label\"");
            for (int c = 0; c < columns.size(); c++) {
                cell(svg, left + c * cellWidth, y, cellWidth, values[r][c], max,
                        rows.get(r) + " × " + columns.get(c));
            }
        }
        legend(svg, left, top + rows.size() * CELL_HEIGHT + 16, max);
        return svg.close();
    }

    private static void cell(Svg svg, double x, double y, double w, Double v, double max, String where) {
        if (v == null || !Double.isFinite(v)) {
            svg.rect("cell none", x, y, w, CELL_HEIGHT, "url(#" + svg.id("none") + ")", "stroke=\"#e0e0e0\"",
                    where + ": " + Svg.NO_DATA);
            return;
        }
        String fill = Colours.heat(max > 0 ? v / max : 0);
        svg.rect("cell", x, y, w, CELL_HEIGHT, fill, "stroke=\"#e0e0e0\"", where + ": " + Svg.oneDecimal(v));
        svg.text(x + w / 2, y + CELL_HEIGHT / 2 + 4, Svg.oneDecimal(v), "middle",
                "font-size=\"11\" class=\"value\" fill=\"" + Colours.textOn(fill) + "\"");
    }

    private static void legend(Svg svg, double x, double y, double max) {
        svg.rect("legend", x, y, 160, 12, "url(#" + svg.id("scale") + ")", "stroke=\"" + Colours.AXIS + "\"", null);
        svg.text(x, y + 26, "0", "start", "font-size=\"11\"");
        svg.text(x + 160, y + 26, Svg.oneDecimal(max), "end", "font-size=\"11\"");
        svg.rect("legend", x + 184, y, 18, 12, "url(#" + svg.id("none") + ")", "stroke=\"" + Colours.AXIS + "\"", null);
        svg.text(x + 208, y + 10, Svg.NO_DATA, "start", "font-size=\"11\"");
    }
}
