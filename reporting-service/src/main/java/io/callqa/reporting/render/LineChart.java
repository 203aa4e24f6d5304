package io.callqa.reporting.render;

import java.util.List;
import java.util.stream.Collectors;

import io.callqa.reporting.render.Charts.Series;

/** Trend lines over labelled points; a null value breaks its line. */
final class LineChart {

    private static final double PLOT_HEIGHT = 220;
    private static final double TURN = -40;
    private static final double LABEL_CAP = 140;

    private LineChart() {
    }

    static String draw(String title, List<String> labels, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
        double min = extreme(series, true);
        Scale scale = Double.isFinite(min) ? Scale.spanning(min, extreme(series, false)) : Scale.covering(0, 1);
        double left = Svg.widest(scale.ticks().stream().map(Svg::value).collect(Collectors.toList()), 11, 80) + 16;
        double labelWidth = Svg.widest(labels, 11, LABEL_CAP);
        double slot = Math.max(36, Math.min(80, 600.0 / Math.max(1, labels.size())));
        boolean turn = labelWidth > slot - 4;
        left = Math.max(left, turn ? labelWidth * Math.cos(Math.toRadians(-TURN)) - slot / 2 + 8 : 0);
        double legendRows = Math.ceil(series.size() / 3.0);
        double plotTop = Svg.TITLE_HEIGHT + 8 + legendRows * 18;
        double plotWidth = Math.max(1, labels.size()) * slot;
        double width = Math.max(480, left + plotWidth + 24);
        double height = plotTop + PLOT_HEIGHT + (turn ? labelWidth * Math.sin(Math.toRadians(-TURN)) : 0) + 30;
        Svg svg = new Svg("line", title, describe(title, labels, series), width, height);
        double bottom = plotTop + PLOT_HEIGHT;
        for (double tick : scale.ticks()) {
            double y = bottom - scale.at(tick, PLOT_HEIGHT);
            svg.line("gridline", left, y, left + plotWidth, y, Colours.GRID, null);
            svg.text(left - 4, y + 4, Svg.value(tick), "end", "font-size=\"11\" class=\"axis-left\"");
        }
        svg.line("axis", left, plotTop, left, bottom, Colours.AXIS, null);
        for (int i = 0; i < labels.size(); i++) {
            double x = left + i * slot + slot / 2;
            String label = Svg.fit(labels.get(i), LABEL_CAP, 11);
            if (turn) {
                svg.turnedText(x, bottom + 14, TURN, label, "end", "font-size=\"11\" class=\"label\"");
            } else {
                svg.text(x, bottom + 16, label, "middle", "font-size=\"11\" class=\"label\"");
            }
        }
        for (int k = 0; k < series.size(); k++) {
            plot(svg, series.get(k), k, scale, left, slot, bottom, labels);
            legend(svg, series.get(k).name(), k, left);
        }
        return svg.close();
    }

    private static void plot(Svg svg, Series s, int k, Scale scale, double left, double slot, double bottom,
            List<String> labels) {
        String colour = Colours.PALETTE[k % Colours.PALETTE.length];
        String dash = Colours.DASHES[k % Colours.DASHES.length];
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= s.values().size(); i++) {
            Double v = i < s.values().size() ? s.values().get(i) : null;
            if (v == null || !Double.isFinite(v)) {
                if (points.length() > 0) {
                    svg.raw("<polyline class=\"series\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\""
                            + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + " points=\""
                            + points.toString().strip() + "\"/>");
                    points.setLength(0);
                }
                continue;
            }
            double x = left + i * slot + slot / 2;
            double y = bottom - scale.at(v, PLOT_HEIGHT);
            points.append(Svg.n(x)).append(',').append(Svg.n(y)).append(' ');
            svg.raw("<circle class=\"point\" cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"3\" fill=\"" + colour
                    + "\"><title>" + Cells.escape(s.name() + " " + labels.get(i) + ": " + Svg.value(v))
                    + "</title></circle>");
        }
    }

    private static void legend(Svg svg, String name, int k, double left) {
        double x = left + (k % 3) * 180;
        double y = Svg.TITLE_HEIGHT + 8 + (k / 3) * 18;
        String colour = Colours.PALETTE[k % Colours.PALETTE.length];
        String dash = Colours.DASHES[k % Colours.DASHES.length];
        svg.line("legend", x, y + 5, x + 24, y + 5, colour,
                "stroke-width=\"2\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
        svg.text(x + 28, y + 9, Svg.fit(name, 148, 11), "start", "font-size=\"11\"");
    }

    /** The smallest or largest value; infinite when there is none. */
    private static double extreme(List<Series> series, boolean min) {
        double result = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null && Double.isFinite(v)) {
                    result = min ? Math.min(result, v) : Math.max(result, v);
                }
            }
        }
        return result;
    }

    private static String describe(String title, List<String> labels, List<Series> series) {
        return title + " — " + series.stream().map(s -> s.name() + ": " + joined(labels, s.values()))
                .collect(Collectors.joining("; "));
    }

    private static String joined(List<String> labels, List<Double> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            Double v = values.get(i);
            out.append(i == 0 ? "" : ", ").append(labels.get(i)).append(' ')
                    .append(v == null ? "–" : Svg.value(v));
        }
        return out.toString();
    }
}
