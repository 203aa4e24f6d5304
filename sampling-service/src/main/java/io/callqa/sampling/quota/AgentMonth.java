package io.callqa.sampling.quota;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An agent's RANDOM quota for a month as fixed at their first answered call of it, and its progress. The picks
 * are counted from {@code sample_reason} (the samples that took effect), the calls so far from
 * {@code agent_month}.
 *
 * @param volume       last month's answered calls (V)
 * @param averageScore last month's average released score, one decimal; null without evaluations
 * @param evaluations  last month's released evaluations
 */
public record AgentMonth(String agentId, String month, long volume, long base, BigDecimal averageScore,
        int evaluations, BigDecimal multiplier, boolean exempt, int quota, int realtimeTarget, int posthocTarget,
        int realtimePicks, int posthocPicks, long callsSoFar) {

    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    String key() {
        return key(agentId, month);
    }

    static String key(String agentId, String month) {
        return agentId + "|" + month;
    }
}
