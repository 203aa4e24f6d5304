package io.callqa.reporting.render;

import java.util.List;
import java.util.stream.Collectors;

import io.callqa.reporting.render.Charts.Bar;

/** Horizontal bars, one row each, labels on the left and values at the bars' ends. */
final class BarChart {

    private static final double ROW = 24;
    private static final double BAR = 16;
    private static final double PLOT = 400;

    private BarChart() {
    }

    static String draw(String title, List<Bar> bars) {
        double labelWidth = Svg.widest(bars.stream().map(Bar::label).collect(Collectors.toList()), Svg.FONT_SIZE, 300)
                + 12;
        double valueWidth = Svg.widest(bars.stream().map(b -> Svg.value(b.value())).collect(Collectors.toList()),
                Svg.FONT_SIZE, 120) + 12;
        double top = Svg.TITLE_HEIGHT + 8;
        double width = Math.max(480, labelWidth + PLOT + valueWidth + 8);
        double height = top + Math.max(1, bars.size()) * ROW + 12;
        Svg svg = new Svg("bars", title, describe(title, bars), width, height);
        if (bars.isEmpty()) {
            svg.text(width / 2, top + ROW * 0.7, Svg.NO_DATA, "middle", "fill=\"" + Colours.AXIS + "\"");
            return svg.close();
        }
        double max = bars.stream().mapToDouble(Bar::value).filter(Double::isFinite).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * ROW;
            double length = max > 0 && bar.value() > 0 ? bar.value() / max * PLOT : 0;
            svg.text(labelWidth - 6, y + ROW / 2 + 4, Svg.fit(bar.label(), labelWidth - 12, Svg.FONT_SIZE), "end",
                    "class=\"label\"");
            svg.rect("bar", labelWidth, y + (ROW - BAR) / 2, length, BAR, Colours.PALETTE[0], null,
                    bar.label() + ": " + Svg.value(bar.value()));
            svg.text(labelWidth + length + 4, y + ROW / 2 + 4, Svg.value(bar.value()), "start", "class=\"value\"");
        }
        svg.line("axis", labelWidth, top, labelWidth, top + bars.size() * ROW, Colours.AXIS, null);
        return svg.close();
    }

    private static String describe(String title, List<Bar> bars) {
        return title + " — " + bars.stream().map(b -> b.label() + " " + Svg.value(b.value()))
                .collect(Collectors.joining("; "));
    }
}
