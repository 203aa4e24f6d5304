package io.callqa.reporting.render;

import java.util.List;
import java.util.Objects;

/**
 * Charts as inline SVG, in plain Java: no script, no external font or image, so a page stays self-contained and
 * printable. Every chart is one {@code <svg class="chart chart-<kind>" role="img" aria-label="<title>">} with a
 * {@code <title>}, a {@code <desc>} listing its figures for screen readers, a visible title and text labels; all
 * text is escaped. Sizes grow with the number of rows, columns and the length of the labels (Chinese characters
 * count one em), so long item names stay legible; labels too long for their room are cut with an ellipsis and
 * kept whole in the element's tooltip.
 *
 * <p>Elements carry classes tests can count: bars {@code rect.bar}, heat-map and grid cells {@code rect.cell}
 * ({@code cell none} without data, {@code cell missed} for a missed interval), the Pareto's cumulative line
 * {@code polyline.cumulative} and its 80% line {@code line.reference}, trend lines {@code polyline.series}.
 */
public final class Charts {

    /** One bar: its label and value. */
    public record Bar(String label, double value) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    /** One trend line: its name and one value per label (null for a gap). */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    private Charts() {
    }

    /** Horizontal bars in the given order, each with its value written at its end. Negative values draw no bar. */
    public static String bars(String title, List<Bar> bars) {
        return BarChart.draw(title, bars);
    }

    /**
     * A Pareto chart: the bars sorted by value, largest first (left axis, values), and the cumulative share as a
     * line with points (right axis, 0–100%), with a dashed reference line at 80%. The bars up to and including
     * the one where the cumulative share reaches 80% — the vital few — are drawn darker ({@code class="bar vital"}).
     */
    public static String pareto(String title, List<Bar> bars) {
        return ParetoChart.draw(title, bars);
    }

    /**
     * A heat map: one row per {@code rows}, one column per {@code columns}, {@code values[row][column]} shaded
     * from white (0) to red (the largest value) and printed with one decimal; null cells grey and hatched. A
     * legend shows the scale.
     */
    public static String heatmap(String title, List<String> rows, List<String> columns, Double[][] values) {
        return HeatMap.draw(title, rows, columns, values);
    }

    /**
     * A service-level grid (e.g. day × interval): {@code values[row][column]} is a share from 0 to 1, printed as a
     * whole percentage and coloured from red (0%) through yellow (50%) to green (100%); null cells grey and
     * hatched. {@code marked[row][column]} marks a missed interval: a thick dark outline and a hatch over the
     * colour ({@code class="cell missed"}), so it shows in black-and-white print too. A legend explains both.
     */
    public static String grid(String title, List<String> rows, List<String> columns, Double[][] values,
            boolean[][] marked) {
        return ServiceGrid.draw(title, rows, columns, values, marked);
    }

    /**
     * Trend lines over the labels (e.g. weeks), one colour and dash per series, with a legend. The value axis spans
     * the data with round ticks rather than starting at zero, so that a score moving from 82 to 86 shows.
     */
    public static String line(String title, List<String> labels, List<Series> series) {
        return LineChart.draw(title, labels, series);
    }

    static void checkShape(List<String> rows, List<String> columns, Double[][] values, boolean[][] marked) {
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rows.size() + " rows");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columns.size()
                    || (marked != null && (marked.length != rows.size() || marked[r].length != columns.size()))) {
                throw new IllegalArgumentException("row " + r + " does not have " + columns.size() + " columns");
            }
        }
    }
}
