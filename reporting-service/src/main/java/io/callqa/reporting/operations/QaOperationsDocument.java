package io.callqa.reporting.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.render.Charts;
import io.callqa.reporting.render.HtmlPage;
import io.callqa.reporting.render.Table;

/** QA operations as CSV (one row per evaluator, then the center's appeals) and as a printable page. */
final class QaOperationsDocument {

    private QaOperationsDocument() {
    }

    static Table table(QaOperationsReport report) {
        Table.Builder table = Table.of("evaluator_id", "target", "done", "completion_percent",
                "calibration_closed_at", "calibration_deviation", "allowed_deviation", "calibration_flagged",
                "appeals_filed", "appeal_rate", "appeals_decided", "appeals_upheld", "upheld_share",
                "average_hours_to_decision", "median_hours_to_decision");
        for (EvaluatorRow e : report.evaluators()) {
            Calibration c = e.calibration();
            Appeals a = e.appeals();
            table.row(e.evaluatorId(), e.target(), e.done(), e.completionPercent(),
                    c == null ? null : c.closedAt(), c == null ? null : c.deviation(),
                    c == null ? null : c.allowedDeviation(), c == null ? null : c.flagged(),
                    a.filed(), a.rate(), a.decided(), a.upheld(), a.upheldShare(), null, null);
        }
        Appeals a = report.appeals();
        table.row("center", null, a.evaluations(), null, null, null, null, null, a.filed(), a.rate(), a.decided(),
                a.upheld(), a.upheldShare(), a.averageHoursToDecision(), a.medianHoursToDecision());
        return table.build();
    }

    static String html(QaOperationsReport report) {
        List<Charts.Bar> completion = report.evaluators().stream().filter(e -> e.completionPercent() != null)
                .map(e -> new Charts.Bar(e.evaluatorId(), e.completionPercent().doubleValue())).toList();
        Appeals a = report.appeals();
        Map<String, Object> appeals = new LinkedHashMap<>();
        appeals.put("评估数 Evaluations released", a.evaluations());
        appeals.put("申诉 Appeals filed", a.filed());
        appeals.put("申诉率 Appeal rate", a.rate());
        appeals.put("已裁决 Decided", a.decided());
        appeals.put("维持申诉 Upheld share", a.upheldShare());
        appeals.put("平均处理时长 Average hours to decision", a.averageHoursToDecision());
        appeals.put("处理时长中位数 Median hours to decision", a.medianHoursToDecision());
        return HtmlPage.titled("质检运营 QA operations " + report.month())
                .subtitle(report.planSet() ? "质检计划已制定 plan set" : "本月无质检计划 no plan set this month")
                .section("计划完成率 Plan completion (%)")
                .svg(Charts.bars("完成率 Completion %", completion))
                .table(table(report))
                .section("申诉 Appeals")
                .facts(appeals)
                .render();
    }
}
