package io.callqa.reporting.coverage;

import java.util.List;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** Coverage as CSV (one row per rule, mode and the total) and as a printable page with bars per rule. */
final class CoverageDocument {

    private CoverageDocument() {
    }

    static Table table(CoverageReport report) {
        Table.Builder table = Table.of("dimension", "name", "sampled", "evaluated", "evaluated_share", "overdue");
        report.byRule().forEach(c -> row(table, "rule", c));
        report.byMode().forEach(c -> row(table, "mode", c));
        row(table, "total", report.total());
        return table.build();
    }

    private static void row(Table.Builder table, String dimension, Coverage c) {
        table.row(dimension, c.name(), c.sampled(), c.evaluated(), c.evaluatedShare(), c.overdue());
    }

    static String html(CoverageReport report) {
        List<Charts.Bar> sampled = report.byRule().stream()
                .map(c -> new Charts.Bar(c.name(), c.sampled())).toList();
        List<Charts.Bar> evaluated = report.byRule().stream()
                .map(c -> new Charts.Bar(c.name(), c.evaluated())).toList();
        List<Charts.Bar> overdue = report.byRule().stream()
                .map(c -> new Charts.Bar(c.name(), c.overdue())).toList();
        return HtmlPage.titled("质检覆盖 Coverage " + report.period())
                .subtitle(report.from() + " – " + report.to() + " · "
                        + (report.teamId() == null ? "全中心 center" : "班组 team " + report.teamId())
                        + " · overdue as of " + report.asOf())
                .section("按规则 By rule")
                .svg(Charts.bars("抽检 Sampled", sampled))
                .svg(Charts.bars("已评 Evaluated", evaluated))
                .svg(Charts.bars("逾期 Overdue", overdue))
                .section("明细 Figures")
                .table(table(report))
                .render();
    }
}
