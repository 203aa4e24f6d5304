package io.callqa.reporting.appraisal;

import java.math.BigDecimal;

import io.callqa.reporting.figures.Ratio;

/**
 * One agent's quarterly appraisal: the figures of each dimension with its 0–100 sub-score, the weighted appraisal
 * score and the competition rank among the agents of the report's scope (null without a score).
 */
public record AgentAppraisal(String agentId, String name, Quality quality, Efficiency efficiency,
        Satisfaction satisfaction, BigDecimal score, Integer rank) {

    /** Average QA score (one decimal), first-contact resolution (share), critical failures. */
    public record Quality(long evaluations, BigDecimal averageScore, BigDecimal firstContactResolution,
            long criticalFailures, BigDecimal score) {
    }

    /** Average handle time and answer speed in seconds (one decimal) over the answered calls. */
    public record Efficiency(long answeredCalls, BigDecimal averageHandleSeconds, BigDecimal answerSpeedSeconds,
            BigDecimal score) {
    }

    /** Average CSAT (1–5, two decimals), complaints and complaints per 1,000 answered calls (two decimals). */
    public record Satisfaction(BigDecimal averageCsat, long complaints, BigDecimal complaintsPer1000,
            BigDecimal score) {
    }

    public static AgentAppraisal of(AgentFigures f, AppraisalRules.Scores s, Integer rank) {
        return new AgentAppraisal(f.agentId(), f.name(),
                new Quality(f.evaluations(), Ratio.round(f.averageScore(), 1),
                        Ratio.round(f.firstContactResolution(), Ratio.SHARE_SCALE), f.criticalFailures(), s.quality()),
                new Efficiency(f.answered(), Ratio.round(f.averageHandleSeconds(), 1),
                        Ratio.round(f.answerSpeedSeconds(), 1), s.efficiency()),
                new Satisfaction(Ratio.round(f.averageCsat(), 2), f.complaints(), Ratio.round(f.complaintsPer1000(), 2),
                        s.satisfaction()),
                s.score(), rank);
    }
}
