package io.callqa.reporting.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.callqa.reporting.render.Charts.Bar;

/** Bars largest first (left axis) and their cumulative share (right axis) with an 80% reference line. */
final class ParetoChart {

    static final double VITAL = 0.8;
    private static final double PLOT_HEIGHT = 240;
    private static final double TURN = -40;
    private static final double LABEL_CAP = 200;

    private ParetoChart() {
    }

    static String draw(String title, List<Bar> given) {
        List<Bar> bars = new ArrayList<>(given);
        bars.sort(Comparator.comparingDouble(Bar::value).reversed());
        double total = bars.stream().mapToDouble(b -> Math.max(0, b.value())).sum();
        double[] cumulative = cumulative(bars, total);
        Scale scale = Scale.covering(0, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        double slot = Math.max(28, Math.min(64, 560.0 / Math.max(1, bars.size())));
        double labelWidth = Svg.widest(bars.stream().map(Bar::label).collect(Collectors.toList()), 11, LABEL_CAP);
        double turned = Math.toRadians(-TURN);
        // the labels run down to the left of their bars: the first one needs room left of the axis
        double left = Math.max(Svg.widest(scale.ticks().stream().map(Svg::value).collect(Collectors.toList()), 11, 80)
                + 16, labelWidth * Math.cos(turned) - slot / 2 + 8);
        double plotTop = Svg.TITLE_HEIGHT + 30;
        double plotWidth = Math.max(1, bars.size()) * slot;
        double width = Math.max(left + 440, left + plotWidth + 48);
        double height = plotTop + PLOT_HEIGHT + labelWidth * Math.sin(turned) + 28;
        Svg svg = new Svg("pareto", title, describe(title, bars, cumulative), width, height);
        legend(svg, left);
        axes(svg, scale, left, plotTop, plotWidth);
        double bottom = plotTop + PLOT_HEIGHT;
        if (bars.isEmpty()) {
            svg.text(left + plotWidth / 2, plotTop + PLOT_HEIGHT / 2, Svg.NO_DATA, "middle", null);
            return svg.close();
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = left + i * slot;
            double h = scale.at(Math.max(0, bar.value()), PLOT_HEIGHT);
            boolean vital = i == 0 || cumulative[i - 1] < VITAL;
            svg.rect(vital ? "bar vital" : "bar", x + slot * 0.15, bottom - h, slot * 0.7, h,
                    vital ? Colours.PALETTE[0] : "#9ecae1", null,
                    bar.label() + ": " + Svg.value(bar.value()) + " (" + Svg.percent(cumulative[i]) + ")");
            svg.text(x + slot / 2, bottom - h - 3, Svg.value(bar.value()), "middle", "font-size=\"10\" class=\"value\"");
            svg.turnedText(x + slot / 2, bottom + 14, TURN, Svg.fit(bar.label(), LABEL_CAP, 11), "end",
                    "font-size=\"11\" class=\"label\"");
            double cy = bottom - cumulative[i] * PLOT_HEIGHT;
            points.append(i == 0 ? "" : " ").append(Svg.n(x + slot / 2)).append(',').append(Svg.n(cy));
            dots.append("<circle class=\"point\" cx=\"").append(Svg.n(x + slot / 2)).append("\" cy=\"")
                    .append(Svg.n(cy)).append("\" r=\"3\" fill=\"").append(Colours.PALETTE[1]).append("\"><title>")
                    .append(Cells.escape(bar.label() + ": " + Svg.percent(cumulative[i]))).append("</title></circle>");
        }
        svg.raw("<polyline class=\"cumulative\" fill=\"none\" stroke=\"" + Colours.PALETTE[1]
                + "\" stroke-width=\"2\" points=\"" + points + "\"/>").raw(dots.toString());
        return svg.close();
    }

    private static double[] cumulative(List<Bar> bars, double total) {
        double[] shares = new double[bars.size()];
        double running = 0;
        for (int i = 0; i < bars.size(); i++) {
            running += Math.max(0, bars.get(i).value());
            shares[i] = total > 0 ? running / total : 0;
        }
        return shares;
    }

    private static void axes(Svg svg, Scale scale, double left, double top, double plotWidth) {
        double bottom = top + PLOT_HEIGHT;
        double right = left + plotWidth;
        for (double tick : scale.ticks()) {
            double y = bottom - scale.at(tick, PLOT_HEIGHT);
            svg.line("gridline", left, y, right, y, Colours.GRID, null);
            svg.text(left - 4, y + 4, Svg.value(tick), "end", "font-size=\"11\" class=\"axis-left\"");
        }
        for (int p = 0; p <= 100; p += 20) {
            double y = bottom - p / 100.0 * PLOT_HEIGHT;
            svg.text(right + 4, y + 4, p + "%", "start", "font-size=\"11\" class=\"axis-right\"");
        }
        double y80 = bottom - VITAL * PLOT_HEIGHT;
        svg.line("reference", left, y80, right, y80, Colours.PALETTE[1], "stroke-dasharray=\"5 4\"");
        svg.line("axis", left, top, left, bottom, Colours.AXIS, null);
        svg.line("axis", right, top, right, bottom, Colours.AXIS, null);
        svg.line("axis", left, bottom, right, bottom, Colours.AXIS, null);
    }

    private static void legend(Svg svg, double left) {
        double y = Svg.TITLE_HEIGHT + 8;
        svg.rect("legend", left, y, 12, 10, Colours.PALETTE[0], null, null);
        svg.text(left + 16, y + 9, "关键少数 vital few", "start", "font-size=\"11\"");
        svg.rect("legend", left + 130, y, 12, 10, "#9ecae1", null, null);
        svg.text(left + 146, y + 9, "其他 others", "start", "font-size=\"11\"");
        svg.line("legend", left + 226, y + 5, left + 250, y + 5, Colours.PALETTE[1], "stroke-width=\"2\"");
        svg.text(left + 254, y + 9, "累计 cumulative %", "start", "font-size=\"11\"");
        svg.line("legend", left + 370, y + 5, left + 394, y + 5, Colours.PALETTE[1], "stroke-dasharray=\"5 4\"");
        svg.text(left + 398, y + 9, "80%", "start", "font-size=\"11\"");
    }

    private static String describe(String title, List<Bar> bars, double[] cumulative) {
        StringBuilder desc = new StringBuilder(title).append(" — Pareto: ");
        for (int i = 0; i < bars.size(); i++) {
            desc.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ')
                    .append(Svg.value(bars.get(i).value())).append(" (").append(Svg.percent(cumulative[i])).append(')');
        }
        return desc.toString();
    }
}
