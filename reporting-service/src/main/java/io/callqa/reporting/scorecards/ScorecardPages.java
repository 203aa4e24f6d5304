package io.callqa.reporting.scorecards;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.pareto.ItemLoss;
import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The scorecards as CSV tables and printable HTML pages. */
final class ScorecardPages {

    private static final String[] FIGURES = {"evaluations", "average", "minimum", "critical_failures",
        "previous_average", "change", "rank", "ci_low", "ci_high", "too_few_evaluations"};

    private ScorecardPages() {
    }

    /** One row per item lost on (a single row with empty item columns when none), the figures repeated. */
    static Table csv(AgentScorecard s) {
        Table.Builder table = Table.of(concat(new String[] {"agent_id", "team_id", "period"}, FIGURES,
                new String[] {"item_id", "item", "points_lost", "times"}));
        List<ItemLoss> items = s.items().isEmpty() ? Collections.singletonList(null) : s.items();
        for (ItemLoss item : items) {
            table.row(concat(new Object[] {s.agentId(), s.teamId(), s.period()}, figures(s.figures(), s.rank()),
                    item == null ? new Object[4]
                            : new Object[] {item.itemId(), item.label(), item.pointsLost(), item.times()}));
        }
        return table.build();
    }

    /** The team's totals (scope {@code team}), then one row per agent (scope {@code agent}). */
    static Table csv(TeamScorecard s) {
        Table.Builder table = Table.of(concat(new String[] {"scope", "team_id", "agent_id", "period"}, FIGURES));
        table.row(concat(new Object[] {"team", s.teamId(), null, s.period()}, figures(s.figures(), null)));
        for (TeamScorecard.AgentRow a : s.agents()) {
            table.row(concat(new Object[] {"agent", s.teamId(), a.agentId(), s.period()},
                    figures(a.figures(), a.rank())));
        }
        return table.build();
    }

    static String html(AgentScorecard s) {
        Map<String, Object> facts = facts(s.figures());
        facts.put("组内排名 Rank in team " + (s.teamId() == null ? "" : s.teamId()),
                s.rank() == null ? "—" : s.rank() + " / " + s.ranked());
        return HtmlPage.titled("质检成绩单 Scorecard · " + s.agentId())
                .subtitle(s.period() + " (" + s.from() + " – " + s.to() + ")")
                .facts(facts)
                .svg(Charts.bars("每项扣分 Points lost per item", itemBars(s.items())))
                .table("扣分项 Items", items(s.items()))
                .render();
    }

    static String html(TeamScorecard s) {
        List<Charts.Bar> averages = s.agents().stream().filter(a -> a.figures().average() != null)
                .map(a -> new Charts.Bar(a.agentId() + " " + interval(a.figures()),
                        a.figures().average().doubleValue()))
                .toList();
        return HtmlPage.titled("团队成绩单 Team scorecard · " + s.teamId())
                .subtitle(s.period() + " (" + s.from() + " – " + s.to() + ")")
                .facts(facts(s.figures()))
                .svg(Charts.bars("坐席平均分 Agents' averages (95% CI)", averages))
                .table("坐席 Agents", csv(s))
                .svg(Charts.bars("每项扣分 Points lost per item", itemBars(s.items())))
                .table("扣分项 Items", items(s.items()))
                .render();
    }

    private static Map<String, Object> facts(Figures f) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("质检次数 Evaluations", f.evaluations());
        facts.put("平均分 Average", orDash(f.average()));
        facts.put("95% 置信区间 Confidence interval", interval(f));
        facts.put("最低分 Minimum", orDash(f.minimum()));
        facts.put("致命错误 Critical failures", f.criticalFailures());
        facts.put("环比 Change", orDash(f.change()));
        return facts;
    }

    /** The interval as text, with a warning when the average rests on too few evaluations. */
    static String interval(Figures f) {
        String ci = f.confidenceInterval() == null ? "—"
                : f.confidenceInterval().low() + "–" + f.confidenceInterval().high();
        return f.tooFewEvaluations() ? ci + " (评估太少 too few evaluations)" : ci;
    }

    private static List<Charts.Bar> itemBars(List<ItemLoss> items) {
        return items.stream().map(i -> new Charts.Bar(i.label(), i.pointsLost())).toList();
    }

    private static Table items(List<ItemLoss> items) {
        Table.Builder table = Table.of("item_id", "item", "item_en", "points_lost", "times");
        items.forEach(i -> table.row(i.itemId(), i.label(), i.itemEn(), i.pointsLost(), i.times()));
        return table.build();
    }

    private static Object[] figures(Figures f, Integer rank) {
        var ci = f.confidenceInterval();
        return new Object[] {f.evaluations(), f.average(), f.minimum(), f.criticalFailures(), f.previousAverage(),
            f.change(), rank, ci == null ? null : ci.low(), ci == null ? null : ci.high(), f.tooFewEvaluations()};
    }

    private static Object orDash(Object value) {
        return value == null ? "—" : value;
    }

    @SafeVarargs
    private static <T> T[] concat(T[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(n -> Arrays.copyOf(parts[0], n));
    }
}
