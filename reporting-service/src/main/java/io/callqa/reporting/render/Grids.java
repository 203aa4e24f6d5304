package io.callqa.reporting.render;

import java.util.List;

/** What the heat map and the service-level grid share: turned column labels and a text description. */
final class Grids {

    private Grids() {
    }

    /** Column labels above the cells, turned so long ones fit, anchored at each column's middle. */
    static void columnLabels(Svg svg, List<String> columns, double left, double top, double cellWidth, double turn,
            double cap) {
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * cellWidth + cellWidth / 2;
            svg.turnedText(x, top - 6, turn, Svg.fit(columns.get(c), cap, 11), "start",
                    "font-size=\"11\" class=\"label column\"");
        }
    }

    /** Row by row, for screen readers; percentages when {@code shares}. At most 2,000 characters. */
    static String describe(String title, List<String> rows, List<String> columns, Double[][] values, boolean shares) {
        StringBuilder desc = new StringBuilder(title).append(" — ").append(rows.size()).append(" × ")
                .append(columns.size()).append(". ");
        for (int r = 0; r < rows.size() && desc.length() < 2000; r++) {
            desc.append(rows.get(r)).append(':');
            for (int c = 0; c < columns.size(); c++) {
                Double v = values[r][c];
                String shown = v == null || !Double.isFinite(v) ? "–" : shares ? Svg.percent(v) : Svg.oneDecimal(v);
                desc.append(' ').append(columns.get(c)).append(' ').append(shown).append(c + 1 < columns.size() ? "," : "");
            }
            desc.append(". ");
        }
        return desc.length() > 2000 ? desc.substring(0, 1999) + "…" : desc.toString();
    }
}
