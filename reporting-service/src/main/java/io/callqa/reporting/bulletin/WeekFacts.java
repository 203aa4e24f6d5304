package io.callqa.reporting.bulletin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a bulletin is made of, as read from the read models for one week (newest evaluation versions only). */
public record WeekFacts(List<ItemRow> items, List<EvaluationRow> evaluations, Map<String, AgentRow> agents,
        List<Bulletin.ExcellentRecording> excellent) {

    /** An item an evaluation lost points on or failed. */
    public record ItemRow(String evaluationId, String itemId, String itemZh, String itemEn, String sectionZh,
            String sectionEn, int pointsLost, boolean failed, String comment, String quoteText, Long quoteOffsetMs,
            String agentId, String teamId) {
    }

    public record EvaluationRow(String evaluationId, String agentId, String teamId, BigDecimal totalScore,
            boolean criticalFailed) {
    }

    /** An agent as the roster knows them. */
    public record AgentRow(String agentId, String name, String teamId) {
    }
}
