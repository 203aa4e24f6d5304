package io.callqa.reporting.qateam;

import java.util.LinkedHashMap;
import java.util.Map;

import io.callqa.reporting.qateam.QaTeamAppraisal.Result;
import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The QA team appraisal's CSV (one row per deduction, after the base and before the score) and printable HTML. */
final class QaTeamDocument {

    private QaTeamDocument() {
    }

    static Table table(Result r) {
        Table.Builder t = Table.of("month", "kind", "points", "week", "complaint_id", "reason");
        t.row(r.month(), "BASE", r.base(), null, null, "the score a month starts from");
        r.deductions().forEach(d -> t.row(r.month(), d.kind(), -d.points(), d.week(), d.complaintId(), d.reason()));
        t.row(r.month(), "SCORE", r.score(), null, null, null);
        return t.build();
    }

    static String html(Result r) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("Base", r.base());
        facts.put("Score", r.score());
        facts.put("QA plan set", r.planSet() ? "yes" : "no");
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (QaTeamAppraisal.Kind kind : QaTeamAppraisal.Kind.values()) {
            byKind.put(kind.name(), 0);
        }
        r.deductions().forEach(d -> byKind.merge(d.kind().name(), d.points(), Integer::sum));
        Table.Builder deductions = Table.of("Kind", "Points", "Week", "Complaint", "Reason");
        r.deductions().forEach(d -> deductions.row(d.kind(), -d.points(), d.week(), d.complaintId(), d.reason()));
        Table.Builder weeks = Table.of("Week", "From", "To", "Due", "Published", "Status");
        r.weeks().forEach(w -> weeks.row(w.week(), w.from(), w.to(), w.due(), w.publishedAt(), w.status()));
        Table.Builder complaints = Table.of("Complaint", "Day", "Evaluation", "Status");
        r.groupComplaints().forEach(c -> complaints.row(c.complaintId(), c.day(), c.evaluationId(), c.status()));
        return HtmlPage.titled("质检组考核 QA team appraisal " + r.month()).facts(facts)
                .svg(Charts.bars("Points deducted by kind", byKind.entrySet().stream()
                        .map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList()))
                .section("Deductions").table(deductions.build())
                .section("Bulletins").table(weeks.build())
                .section("GROUP_LEVEL complaints").table(complaints.build())
                .render();
    }
}
