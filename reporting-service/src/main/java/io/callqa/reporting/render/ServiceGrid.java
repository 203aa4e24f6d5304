package io.callqa.reporting.render;

import java.util.List;

/** Rows (days) × columns (intervals) of service levels, coloured red to green, missed intervals marked. */
final class ServiceGrid {

    private static final double CELL_HEIGHT = 22;
    private static final double TURN = -90;
    private static final double LABEL_CAP = 160;

    private ServiceGrid() {
    }

    static String draw(String title, List<String> rows, List<String> columns, Double[][] values, boolean[][] marked) {
        Charts.checkShape(rows, columns, values, marked);
        double cellWidth = columns.size() > 24 ? 34 : 42;
        double fontSize = columns.size() > 24 ? 9 : 10;
        double left = Svg.widest(rows, Svg.FONT_SIZE, LABEL_CAP) + 14;
        double top = Svg.TITLE_HEIGHT + Svg.widest(columns, 11, LABEL_CAP) + 14;
        double width = Math.max(left + 420, left + columns.size() * cellWidth + 16);
        double height = top + rows.size() * CELL_HEIGHT + 56;
        Svg svg = new Svg("grid", title, Grids.describe(title, rows, columns, values, true), width, height);
        svg.hatch("none", Colours.NO_DATA, "#9e9e9e", 1).hatch("missed", null, "#000000", 0.45)
                .gradient("scale", Colours.LEVEL);
        Grids.columnLabels(svg, columns, left + 4, top, cellWidth, TURN, LABEL_CAP);
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * CELL_HEIGHT;
            svg.text(left - 6, y + CELL_HEIGHT / 2 + 4, Svg.fit(rows.get(r), LABEL_CAP, Svg.FONT_SIZE), "end",
                    "class=\"label\"");
            for (int c = 0; c < columns.size(); c++) {
                String where = rows.get(r) + " " + columns.get(c);
                cell(svg, left + c * cellWidth, y, cellWidth, fontSize, values[r][c], marked != null && marked[r][c],
                        where);
            }
        }
        legend(svg, left, top + rows.size() * CELL_HEIGHT + 16);
        return svg.close();
    }

    private static void cell(Svg svg, double x, double y, double w, double fontSize, Double v, boolean missed,
            String where) {
        boolean none = v == null || !Double.isFinite(v);
        String fill = none ? "url(#" + svg.id("none") + ")" : Colours.level(v);
        String shown = none ? Svg.NO_DATA : Svg.percent(v);
        String cssClass = "cell" + (none ? " none" : "") + (missed ? " missed" : "");
        String stroke = missed ? "stroke=\"#000000\" stroke-width=\"2\"" : "stroke=\"#ffffff\"";
        double inset = missed ? 1 : 0;
        svg.rect(cssClass, x + inset, y + inset, w - 2 * inset, CELL_HEIGHT - 2 * inset, fill, stroke,
                where + ": " + shown + (missed ? " — 未达标 missed" : ""));
        if (missed) {
            svg.rect("missed-mark", x + 1, y + 1, w - 2, CELL_HEIGHT - 2, "url(#" + svg.id("missed") + ")",
                    "pointer-events=\"none\"", null);
        }
        if (!none) {
            String weight = missed ? " font-weight=\"bold\"" : "";
            svg.text(x + w / 2, y + CELL_HEIGHT / 2 + 3.5, shown, "middle", "font-size=\"" + Svg.n(fontSize)
                    + "\" class=\"value\" fill=\"" + (missed ? "#000000" : Colours.textOn(Colours.level(v))) + '"' + weight);
        }
    }

    private static void legend(Svg svg, double x, double y) {
        svg.rect("legend", x, y, 160, 12, "url(#" + svg.id("scale") + ")", "stroke=\"" + Colours.AXIS + "\"", null);
        svg.text(x, y + 26, "0%", "start", "font-size=\"11\"");
        svg.text(x + 80, y + 26, "50%", "middle", "font-size=\"11\"");
        svg.text(x + 160, y + 26, "100%", "end", "font-size=\"11\"");
        svg.rect("legend", x + 184, y, 18, 12, "#fee08b", "stroke=\"#000000\" stroke-width=\"2\"", null);
        svg.rect("legend", x + 184, y, 18, 12, "url(#" + svg.id("missed") + ")", null, null);
        svg.text(x + 208, y + 10, "未达标时段 missed interval", "start", "font-size=\"11\"");
        svg.rect("legend", x + 184, y + 18, 18, 12, "url(#" + svg.id("none") + ")", null, null);
        svg.text(x + 208, y + 28, Svg.NO_DATA, "start", "font-size=\"11\"");
    }
}
