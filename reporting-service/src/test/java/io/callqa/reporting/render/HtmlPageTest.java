package io.callqa.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static final String EVIL = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    @Test
    void isASelfContainedPrintableDocument() {
        String html = HtmlPage.titled("质检周报").subtitle("2026-11-23 – 2026-11-29").paragraph("text").render();

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>质检周报</title>"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("@page{size:A4"));
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link"),
                "no external resource");
        assertTrue(html.trim().endsWith("</html>"));
    }

    @Test
    void escapesEveryText() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(EVIL, EVIL);
        String html = HtmlPage.titled(EVIL).subtitle(EVIL).section(EVIL).heading(EVIL).paragraph(EVIL).note(EVIL)
                .quote(EVIL).list(List.of(EVIL)).facts(facts).table(EVIL, Table.of(EVIL).row(EVIL).build()).render();

        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void rightAlignsNumbersAndLeavesNullEmpty() {
        String html = HtmlPage.titled("t").table(Table.of("agent", "score", "note")
                .row("a-1", new BigDecimal("82.5"), null).build()).render();

        assertTrue(html.contains("<th scope=\"col\">agent</th>"));
        assertTrue(html.contains("<tr><td>a-1</td><td class=\"num\">82.5</td><td></td></tr>"));
    }

    @Test
    void sectionsAreClosedAndHeadingsNested() {
        String html = HtmlPage.titled("t").section("A").heading("a1").section("B").paragraph("p").render();

        assertEquals(2, html.split("<section>", -1).length - 1);
        assertEquals(2, html.split("</section>", -1).length - 1);
        assertTrue(html.contains("<h2>A</h2>\n<h3>a1</h3>"));
    }

    @Test
    void takesAChartAndRefusesActiveSvg() {
        String chart = Charts.bars("b", List.of(new Charts.Bar("x", 1)));
        assertTrue(HtmlPage.titled("t").svg(chart).render().contains("<figure class=\"chart\"><svg"));

        assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t").svg("<p>hi</p>"));
        assertThrows(IllegalArgumentException.class,
                () -> HtmlPage.titled("t").svg("<svg><script>alert(1)</script></svg>"));
        assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t").svg("<svg onload=\"x()\"></svg>"));
        assertThrows(IllegalArgumentException.class,
                () -> HtmlPage.titled("t").svg("<svg><a href=\"javascript:x()\">a</a></svg>"));
        assertThrows(IllegalArgumentException.class,
                () -> HtmlPage.titled("t").svg("<svg><image href=\"https://evil/x.png\"/></svg>"));
        assertThrows(IllegalArgumentException.class,
                () -> HtmlPage.titled("t").svg("<svg xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"//evil\">a</a></svg>"));
        assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t").svg("<svg><foreignObject/></svg>"));
        assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t").svg("<svg>unclosed"));
        assertThrows(IllegalArgumentException.class,
                () -> HtmlPage.titled("t").svg("<svg><rect fill=\"url(https://evil/x#p)\"/></svg>"));
        assertTrue(HtmlPage.titled("t").svg("<svg><rect fill=\"url(#c1-none)\"/></svg>").render().contains("c1-none"));
        assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t")
                .svg("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>"));
        assertTrue(HtmlPage.titled("t").svg("<svg><text>onload=javascript</text></svg>").render()
                .contains("<text>onload=javascript</text>"), "text that only reads like an attribute is fine");
    }

    @Test
    void dropsCharactersXmlDoesNotAllow() {
        String html = HtmlPage.titled("a\u0000b\u001bc").render();

        assertTrue(html.contains("<h1>abc</h1>"));
    }

    @Test
    void printsLandscapeWhenAsked() {
        assertFalse(HtmlPage.titled("t").render().contains("A4 landscape"));
        assertTrue(HtmlPage.titled("t").landscape().render().contains("@page{size:A4 landscape}"));
    }

    @Test
    void subtitleOnlyUnderTheTitle() {
        assertThrows(IllegalStateException.class, () -> HtmlPage.titled("t").paragraph("p").subtitle("s"));
    }
}
