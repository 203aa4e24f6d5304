package io.callqa.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.reporting.render.Charts.Bar;

/** The charts drawn by a real headless Chromium: a screenshot with colour in it, and the labels in the DOM. */
class ChromiumRenderTest {

    private static final URI PAGE = Chromium.file(page());

    private Chromium chromium;

    /** Per test, so that each is reported as skipped with the reason when there is no Chromium. */
    @BeforeEach
    void findChromium() {
        chromium = Chromium.require();
    }

    @Test
    void screenshotShowsTheCharts() throws IOException {
        Screenshot shot = chromium.screenshot(PAGE, Chromium.keep("charts.png"));

        assertEquals(1280, shot.image().getWidth());
        assertTrue(shot.bytes() > 20_000, "a drawn page, not an empty one: " + shot.bytes() + " bytes");
        assertTrue(shot.distinctColours() > 50, shot.distinctColours() + " colours");
        assertTrue(shot.pixelsNear(0x0072B2, 8) > 1_000, "the Pareto's vital bars");
        assertTrue(shot.pixelsNear(0xC62828, 8) > 200, "the heat map's deepest red");
        assertTrue(shot.pixelsNear(Integer.parseInt(Colours.level(0.92).substring(1), 16), 8) > 1_000,
                "the grid's green cells");
    }

    @Test
    void domHoldsTheLabelsAndTheChartElements() {
        String dom = chromium.dumpDom(PAGE);

        assertTrue(dom.contains("<h1>质检周报 Weekly QA bulletin</h1>"), dom);
        assertTrue(dom.contains("未核实客户身份"));
        assertTrue(dom.contains("class=\"chart chart-pareto\""));
        assertTrue(dom.contains("class=\"chart chart-heatmap\""));
        assertTrue(dom.contains("class=\"chart chart-grid\""));
        assertTrue(dom.contains("class=\"cumulative\""));
        assertEquals(5 + 3, count(dom, "class=\"bar"));
        assertTrue(dom.contains("<td class=\"num\">12.0</td>"));
        assertEquals(2 * 4 + 2 * 24, count(dom, "class=\"cell"));
        assertEquals(3, count(dom, "class=\"cell missed\""));
        assertTrue(dom.contains("&lt;script&gt;"), "the hostile label is text");
        assertTrue(!dom.contains("<script>alert"), "and was never run as a script");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String page() {
        List<Bar> deductions = List.of(new Bar("未核实客户身份", 42), new Bar("结束语不规范", 9),
                new Bar("业务解答错误，未按知识库标准口径答复客户的资费问题", 30), new Bar("Hold without asking", 14),
                new Bar("<script>alert(1)</script>", 5));
        List<String> items = List.of("未核实客户身份", "结束语不规范", "业务解答错误", "Hold without asking");
        Double[][] heat = {{3.5, 0.0, 6.25, null}, {1.0, 2.0, 0.5, 4.0}};
        List<String> intervals = new ArrayList<>();
        for (int h = 8; h < 20; h++) {
            intervals.add(String.format("%02d:00", h));
            intervals.add(String.format("%02d:30", h));
        }
        Double[][] levels = new Double[2][24];
        boolean[][] missed = new boolean[2][24];
        for (int r = 0; r < 2; r++) {
            Arrays.fill(levels[r], 0.92);
        }
        levels[0][2] = 0.61;
        levels[0][3] = 0.74;
        levels[1][20] = 0.35;
        missed[0][2] = true;
        missed[0][3] = true;
        missed[1][20] = true;
        levels[1][23] = null;
        return HtmlPage.titled("质检周报 Weekly QA bulletin").subtitle("2031-01-06 – 2031-01-12")
                .section("扣分 Pareto").svg(Charts.pareto("扣分项 Points lost by item", deductions))
                .section("热力图 Heat map").svg(Charts.heatmap("班组 × 扣分项", List.of("一组 Team 1", "二组 Team 2"), items, heat))
                .section("服务水平 Service level")
                .facts(java.util.Map.of("20 秒服务水平目标 Target", "80%"))
                .svg(Charts.grid("20 秒服务水平", List.of("2031-01-06 周一", "2031-01-07 周二"), intervals, levels, missed))
                .section("趋势 Trend").svg(Charts.line("平均分 Average score", List.of("W1", "W2", "W3", "W4"),
                        List.of(new Charts.Series("一组 Team 1", Arrays.asList(82.5, 84.0, null, 86.5)),
                                new Charts.Series("二组 Team 2", Arrays.asList(78.0, 80.5, 79.0, 81.0)))))
                .svg(Charts.bars("坐席扣分 Deductions per agent", List.of(new Bar("张三 a-1001", 12), new Bar("李四 a-1002", 4.5),
                        new Bar("王五 a-1003", 0))))
                .table("考核扣分情况", Table.of("坐席 Agent", "扣分 Points lost", "备注 Note")
                        .row("张三 a-1001", new java.math.BigDecimal("12.0"), "=cmd").row("李四 a-1002", 4.5, null).build())
                .render();
    }
}
