package io.callqa.reporting.appraisal;

import java.util.List;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** The appraisal as CSV (one row per agent) and as a printable page with the scores as bars. */
final class AppraisalDocument {

    private AppraisalDocument() {
    }

    static Table table(AppraisalReport report) {
        Table.Builder table = Table.of("rank", "agent_id", "name", "score", "quality_score", "evaluations",
                "average_qa_score", "first_contact_resolution", "critical_failures", "efficiency_score",
                "answered_calls", "average_handle_seconds", "answer_speed_seconds", "satisfaction_score",
                "average_csat", "complaints", "complaints_per_1000");
        for (AgentAppraisal a : report.agents()) {
            table.row(a.rank(), a.agentId(), a.name(), a.score(), a.quality().score(), a.quality().evaluations(),
                    a.quality().averageScore(), a.quality().firstContactResolution(), a.quality().criticalFailures(),
                    a.efficiency().score(), a.efficiency().answeredCalls(), a.efficiency().averageHandleSeconds(),
                    a.efficiency().answerSpeedSeconds(), a.satisfaction().score(), a.satisfaction().averageCsat(),
                    a.satisfaction().complaints(), a.satisfaction().complaintsPer1000());
        }
        return table.build();
    }

    static String html(AppraisalReport report) {
        List<Charts.Bar> scores = report.agents().stream().filter(a -> a.score() != null)
                .map(a -> new Charts.Bar(label(a), a.score().doubleValue())).toList();
        AppraisalWeights w = report.weights();
        return HtmlPage.titled("绩效考核 Appraisal " + report.quarter())
                .subtitle(report.from() + " – " + report.to() + " · "
                        + (report.teamId() == null ? "全中心 center" : "班组 team " + report.teamId())
                        + " · weights quality " + w.quality() + ", efficiency " + w.efficiency()
                        + ", satisfaction " + w.satisfaction())
                .section("考核得分 Appraisal scores")
                .svg(Charts.bars("考核得分 Score (0–100)", scores))
                .section("明细 Figures")
                .table(table(report))
                .render();
    }

    private static String label(AgentAppraisal a) {
        return a.name() == null ? a.agentId() : a.name() + " (" + a.agentId() + ")";
    }
}
