package io.callqa.reporting.bulletin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** A bulletin's CSV (one row per problem, example, comment, agent and recording) and printable HTML. */
final class BulletinDocument {

    private BulletinDocument() {
    }

    static Table table(BulletinView b) {
        Table.Builder t = Table.of("section", "rank", "item_id", "item", "agent_id", "name", "team_id", "count",
                "points_lost", "critical_failures", "text", "at");
        for (Bulletin.Problem p : b.problems()) {
            t.row("problem", p.rank(), p.itemId(), p.item(), null, null, null, p.deductions(), p.pointsLost(),
                    p.redLineFailures(), p.handling().standardEn(), null);
            for (Bulletin.Example e : p.examples()) {
                t.row("example", p.rank(), p.itemId(), p.item(), e.agentId(), null, null, null, null, null, e.quote(),
                        e.at());
            }
            for (String c : p.handling().comments()) {
                t.row("handling", p.rank(), p.itemId(), p.item(), null, null, null, null, null, null, c, null);
            }
        }
        for (Bulletin.AgentDeductions d : b.deductions()) {
            t.row("deduction", null, null, String.join("; ", d.items()), d.agentId(), d.name(), d.teamId(),
                    d.evaluations(), d.pointsLost(), d.criticalFailures(), null, null);
        }
        for (Bulletin.ExcellentRecording r : b.excellentRecordings()) {
            t.row("excellent", null, null, String.join("; ", r.items()), r.agentId(), r.name(), r.teamId(), null,
                    null, null, r.callId(), null);
        }
        return t.build();
    }

    static String html(BulletinView b) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("评估数 Evaluations", b.evaluations());
        facts.put("平均分 Average score", b.averageScore());
        facts.put("红线 Critical failures", b.criticalFailures());
        HtmlPage page = HtmlPage.titled("质检周报 QA bulletin " + b.week())
                .subtitle(b.from() + " – " + b.to() + " · generated " + b.generatedAt() + " by " + b.generatedBy()
                        + " · version " + b.version())
                .facts(facts);
        problems(page, b.problems());
        page.section("考核扣分情况 Deductions per agent").table(deductions(b.deductions()));
        page.section("优秀录音 Excellent recordings").table(excellent(b.excellentRecordings()));
        return page.render();
    }

    private static void problems(HtmlPage page, List<Bulletin.Problem> problems) {
        page.section("问题 Problems heard");
        if (problems.isEmpty()) {
            page.paragraph("No deductions this week.");
            return;
        }
        page.svg(Charts.bars("Most-deducted items (evaluations)", problems.stream()
                .map(p -> new Charts.Bar(p.item(), p.deductions())).toList()));
        for (Bulletin.Problem p : problems) {
            page.heading(p.rank() + ". " + p.item())
                    .paragraph(p.deductions() + " evaluations, " + p.pointsLost() + " points lost, "
                            + p.redLineFailures() + " red-line failures");
            p.examples().forEach(e -> page.quote(e.quote() + " (" + e.at() + ", " + e.agentId() + ")"));
            page.paragraph("正确处理 Correct handling: " + standard(p.handling()));
            if (!p.handling().comments().isEmpty()) {
                page.list(p.handling().comments());
            }
        }
    }

    private static String standard(Bulletin.Handling h) {
        if (h.standardZh() != null && h.standardEn() != null) {
            return h.standardZh() + " / " + h.standardEn();
        }
        return h.standardZh() != null ? h.standardZh() : h.standardEn() != null ? h.standardEn() : "—";
    }

    private static Table deductions(List<Bulletin.AgentDeductions> rows) {
        Table.Builder t = Table.of("Agent", "Name", "Team", "Evaluations", "Points lost", "Critical failures", "Items");
        rows.forEach(d -> t.row(d.agentId(), d.name(), d.teamId(), d.evaluations(), d.pointsLost(),
                d.criticalFailures(), String.join("; ", d.items())));
        return t.build();
    }

    private static Table excellent(List<Bulletin.ExcellentRecording> rows) {
        Table.Builder t = Table.of("Agent", "Name", "Team", "Call", "Score", "Items", "Approved");
        rows.forEach(r -> t.row(r.agentId(), r.name(), r.teamId(), r.callId(), r.totalScore(),
                String.join("; ", r.items()), r.approvedAt()));
        return t.build();
    }
}
