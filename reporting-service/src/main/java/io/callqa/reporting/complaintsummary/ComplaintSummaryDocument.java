package io.callqa.reporting.complaintsummary;

import java.util.LinkedHashMap;
import java.util.Map;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The complaint summary's CSV and printable HTML. */
final class ComplaintSummaryDocument {

    private ComplaintSummaryDocument() {
    }

    static Table table(ComplaintSummary s) {
        Table.Builder t = Table.of("complaint_id", "received_at", "severity", "category", "agent_id", "agent_name",
                "team_id", "call_duration", "call_seconds", "content", "handling", "total_score", "critical_failed",
                "problem_found", "comment");
        for (ComplaintRow r : s.rows()) {
            t.row(r.complaintId(), r.receivedAt(), r.severity(), r.category(), r.agentId(), r.agentName(), r.teamId(),
                    r.callDuration(), r.callSeconds(), r.content(), r.handling().outcome(), r.handling().totalScore(),
                    r.handling().criticalFailed(), r.handling().problemFound(), r.comment());
        }
        return t.build();
    }

    static String html(ComplaintSummary s) {
        HtmlPage page = HtmlPage.titled("投诉汇总 Complaint summary")
                .subtitle(s.from() + " – " + s.to() + (s.publishedOn() == null ? "" : " · published " + s.publishedOn())
                        + " · " + s.complaints() + " complaints");
        if (!s.rows().isEmpty()) {
            Map<String, Integer> perAgent = new LinkedHashMap<>();
            s.rows().forEach(r -> perAgent.merge(r.agentName() != null ? r.agentName()
                    : r.agentId() != null ? r.agentId() : "—", 1, Integer::sum));
            page.svg(Charts.bars("Complaints per agent", perAgent.entrySet().stream()
                    .map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList()));
        }
        Table.Builder t = Table.of("流水号 Complaint", "Agent", "Name", "Duration", "Content", "Handling", "Comment");
        s.rows().forEach(r -> t.row(r.complaintId(), r.agentId(), r.agentName(), r.callDuration(), r.content(),
                r.handling().outcome(), r.comment()));
        return page.table(t.build()).render();
    }
}
