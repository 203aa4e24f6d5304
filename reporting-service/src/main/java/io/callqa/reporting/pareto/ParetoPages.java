package io.callqa.reporting.pareto;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The Pareto as a CSV table and a printable HTML page. */
final class ParetoPages {

    private ParetoPages() {
    }

    static Table csv(ParetoReport r) {
        Table.Builder table = Table.of("item_id", "item", "item_en", "points_lost", "times", "share",
                "cumulative_share", "vital_few");
        r.items().forEach(i -> table.row(i.itemId(), i.label(), i.itemEn(), i.pointsLost(), i.times(), i.share(),
                i.cumulativeShare(), i.vitalFew()));
        return table.build();
    }

    static String html(ParetoReport r) {
        return HtmlPage.titled("扣分帕累托 Pareto of deductions · " + scope(r))
                .subtitle(r.period() + " (" + r.from() + " – " + r.to() + ")")
                .paragraph("共扣 " + r.totalPointsLost() + " 分 points lost; 关键少数 vital few: "
                        + r.items().stream().filter(ParetoReport.Item::vitalFew).count() + " / " + r.items().size())
                .svg(Charts.pareto("扣分项 Items by points lost",
                        r.items().stream().map(i -> new Charts.Bar(i.label(), i.pointsLost())).toList()))
                .table("扣分项 Items", csv(r))
                .render();
    }

    private static String scope(ParetoReport r) {
        if (r.agentId() != null) {
            return "坐席 agent " + r.agentId();
        }
        return r.teamId() != null ? "团队 team " + r.teamId() : "全中心 center";
    }
}
