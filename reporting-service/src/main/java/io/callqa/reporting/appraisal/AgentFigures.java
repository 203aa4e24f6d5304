package io.callqa.reporting.appraisal;

import java.math.BigDecimal;

/**
 * One agent's quarter as the read models sum it: calls from {@code call_day}, evaluations (newest versions) from
 * {@code evaluation_fact}, complaints from {@code complaint_fact}. {@code averageScore} is null without evaluations.
 */
public record AgentFigures(String agentId, String name, long answered, long handleSeconds, long waitSeconds,
        long repeated, long csatSum, long csatCount, long evaluations, BigDecimal averageScore,
        long criticalFailures, long complaints) {

    /** Seconds of talk + hold per answered call; null without answered calls. */
    public Double averageHandleSeconds() {
        return answered == 0 ? null : (double) handleSeconds / answered;
    }

    /** Average queue wait of answered calls (answer speed); null without answered calls. */
    public Double answerSpeedSeconds() {
        return answered == 0 ? null : (double) waitSeconds / answered;
    }

    /** 1 − repeat-call rate; null without answered calls. */
    public Double firstContactResolution() {
        return answered == 0 ? null : 1.0 - (double) repeated / answered;
    }

    /** Average CSAT (1–5); null without survey answers. */
    public Double averageCsat() {
        return csatCount == 0 ? null : (double) csatSum / csatCount;
    }

    /** Complaints per 1,000 answered calls; null without answered calls. */
    public Double complaintsPer1000() {
        return answered == 0 ? null : complaints * 1000.0 / answered;
    }
}
