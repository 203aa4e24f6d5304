package io.callqa.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.callqa.reporting.render.Charts.Bar;
import io.callqa.reporting.render.Charts.Series;

class ChartsTest {

    private static final String EVIL = "<script>alert('x')</script>&\" onload=\"javascript:alert(1)";

    @Test
    void barsAreOneRectEachWithLabelsAndValues() {
        String svg = Charts.bars("扣分 points lost", List.of(new Bar("开场白 Greeting", 12), new Bar("身份核实", 3.5)));
        Document doc = Svgs.parse(svg);
        Element root = doc.getDocumentElement();

        assertEquals("chart chart-bars", root.getAttribute("class"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("扣分 points lost", root.getAttribute("aria-label"));
        assertEquals(1, doc.getElementsByTagNameNS("*", "title").getLength() - 2, "a <title> and one per bar");
        assertTrue(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent().contains("身份核实 3.5"));
        List<Element> bars = Svgs.find(doc, "rect", "bar");
        assertEquals(2, bars.size());
        assertTrue(width(bars.get(0)) > width(bars.get(1)));
        String texts = Svgs.texts(doc);
        assertTrue(texts.contains("开场白 Greeting") && texts.contains("12") && texts.contains("3.5"));
    }

    @Test
    void paretoSortsDescendingAndDrawsTheCumulativeLine() {
        List<Bar> bars = List.of(new Bar("C", 5), new Bar("A", 50), new Bar("B", 30), new Bar("D", 15));
        Document doc = Svgs.parse(Charts.pareto("Pareto", bars));

        assertEquals("chart chart-pareto", doc.getDocumentElement().getAttribute("class"));
        List<Element> rects = Svgs.find(doc, "rect", "bar");
        assertEquals(4, rects.size());
        for (int i = 1; i < rects.size(); i++) {
            assertTrue(height(rects.get(i - 1)) >= height(rects.get(i)), "descending");
        }
        // 50 → 50%, 30 → 80%: A and B are the vital few, D and C are not
        assertEquals(2, Svgs.find(doc, "rect", "bar", "vital").size());
        List<Element> line = Svgs.find(doc, "polyline", "cumulative");
        assertEquals(1, line.size());
        assertEquals(4, line.get(0).getAttribute("points").split(" ").length);
        assertEquals(4, Svgs.find(doc, "circle", "point").size());
        assertEquals(1, Svgs.find(doc, "line", "reference").size());
        String texts = Svgs.texts(doc);
        assertTrue(texts.contains("100%") && texts.contains("80%") && texts.contains("A") && texts.contains("50"));
        assertTrue(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent().contains("B 30 (80%)"));
    }

    @Test
    void paretoOfNothingSaysSo() {
        Document doc = Svgs.parse(Charts.pareto("Pareto", List.of()));

        assertEquals(0, Svgs.find(doc, "rect", "bar").size());
        assertTrue(Svgs.texts(doc).contains(Svg.NO_DATA));
    }

    @Test
    void heatmapHasACellPerValueAndHatchesTheEmptyOnes() {
        Double[][] values = {{1.5, null, 0.0}, {4.0, 2.0, null}};
        Document doc = Svgs.parse(Charts.heatmap("Team × item", List.of("一组", "二组"),
                List.of("开场白", "身份核实", "业务解答准确无误且完整"), values));

        assertEquals("chart chart-heatmap", doc.getDocumentElement().getAttribute("class"));
        assertEquals(6, Svgs.find(doc, "rect", "cell").size());
        List<Element> none = Svgs.find(doc, "rect", "cell", "none");
        assertEquals(2, none.size());
        assertTrue(none.get(0).getAttribute("fill").startsWith("url(#"));
        String texts = Svgs.texts(doc);
        assertTrue(texts.contains("1.5") && texts.contains("4.0") && texts.contains("业务解答准确无误且完整"));
        List<Element> cells = Svgs.find(doc, "rect", "cell");
        assertEquals("#c62828", cells.get(3).getAttribute("fill"), "the largest value is the deepest red");
        assertEquals("#ffffff", cells.get(2).getAttribute("fill"), "zero is white");
    }

    @Test
    void gridMarksTheMissedIntervals() {
        List<String> days = List.of("2026-11-23 周一", "2026-11-24 周二");
        List<String> intervals = new ArrayList<>();
        for (int h = 8; h < 20; h++) {
            intervals.add(String.format("%02d:00", h));
            intervals.add(String.format("%02d:30", h));
        }
        Double[][] values = new Double[2][24];
        boolean[][] marked = new boolean[2][24];
        for (Double[] row : values) {
            Arrays.fill(row, 0.9);
        }
        values[0][3] = 0.55;
        marked[0][3] = true;
        values[1][7] = 0.7;
        marked[1][7] = true;
        values[1][23] = null;
        Document doc = Svgs.parse(Charts.grid("Service level", days, intervals, values, marked));

        assertEquals("chart chart-grid", doc.getDocumentElement().getAttribute("class"));
        assertEquals(48, Svgs.find(doc, "rect", "cell").size());
        assertEquals(2, Svgs.find(doc, "rect", "cell", "missed").size());
        assertEquals(1, Svgs.find(doc, "rect", "cell", "none").size());
        String texts = Svgs.texts(doc);
        assertTrue(texts.contains("55%") && texts.contains("90%") && texts.contains("09:30"));
        assertTrue(texts.contains("未达标时段 missed interval"), "a legend");
    }

    @Test
    void lineBreaksAtGaps() {
        Document doc = Svgs.parse(Charts.line("Trend", List.of("W1", "W2", "W3", "W4"),
                List.of(new Series("一组", Arrays.asList(80.0, 82.5, null, 85.0)),
                        new Series("二组", Arrays.asList(70.0, 71.0, 72.0, 73.0)))));

        assertEquals("chart chart-line", doc.getDocumentElement().getAttribute("class"));
        assertEquals(3, Svgs.find(doc, "polyline", "series").size());
        assertEquals(7, Svgs.find(doc, "circle", "point").size());
        assertTrue(Svgs.texts(doc).contains("W3"));
        List<String> ticks = new ArrayList<>();
        Svgs.find(doc, "text", "axis-left").forEach(t -> ticks.add(t.getTextContent()));
        assertEquals("70", ticks.get(0), "the axis spans the data: " + ticks);
        assertEquals("85", ticks.get(ticks.size() - 1), "the axis spans the data: " + ticks);
    }

    @Test
    void lineWithoutValuesStillDraws() {
        Document doc = Svgs.parse(Charts.line("Trend", List.of("W1"), List.of(new Series("s", Arrays.asList((Double) null)))));

        assertEquals(0, Svgs.find(doc, "polyline", "series").size());
    }

    @Test
    void escapesEveryTextAndStaysWellFormed() {
        Double[][] values = {{1.0}};
        List<String> svgs = List.of(Charts.bars(EVIL, List.of(new Bar(EVIL, 1))),
                Charts.pareto(EVIL, List.of(new Bar(EVIL, 1))),
                Charts.heatmap(EVIL, List.of(EVIL), List.of(EVIL), values),
                Charts.grid(EVIL, List.of(EVIL), List.of(EVIL), values, new boolean[][] {{true}}),
                Charts.line(EVIL, List.of(EVIL), List.of(new Series(EVIL, List.of(1.0)))));
        for (String svg : svgs) {
            Document doc = Svgs.parse(svg);
            assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
            assertFalse(svg.contains("<script"));
            assertTrue(Svgs.texts(doc).contains(EVIL.substring(0, 40)), "shown as text");
            HtmlPage.titled("t").svg(svg);
        }
    }

    @Test
    void growsWithRowsAndLongLabels() {
        List<String> few = List.of("a");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add("第" + i + "项：服务用语不规范，未使用标准结束语");
        }
        Double[][] one = {{1.0}};
        Double[][] thirty = new Double[30][1];
        double small = height(Svgs.parse(Charts.heatmap("h", few, few, one)).getDocumentElement());
        double large = height(Svgs.parse(Charts.heatmap("h", many, few, thirty)).getDocumentElement());
        assertTrue(large > small + 29 * 20, "taller with more rows");
        double narrow = width(Svgs.parse(Charts.bars("b", List.of(new Bar("a", 1)))).getDocumentElement());
        double wide = width(Svgs.parse(Charts.bars("b", List.of(new Bar(many.get(0), 1)))).getDocumentElement());
        assertTrue(wide > narrow, "wider with a long label");
    }

    @Test
    void refusesValuesOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class,
                () -> Charts.heatmap("h", List.of("a", "b"), List.of("x"), new Double[][] {{1.0}}));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.grid("g", List.of("a"), List.of("x"), new Double[][] {{1.0}}, new boolean[][] {{}}));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.line("l", List.of("x"), List.of(new Series("s", List.of()))));
    }

    private static double width(Element e) {
        return Double.parseDouble(e.getAttribute("width"));
    }

    private static double height(Element e) {
        return Double.parseDouble(e.getAttribute("height"));
    }
}
