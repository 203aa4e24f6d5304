package io.callqa.reporting.agents;

import java.math.BigDecimal;
import java.util.List;

import io.callqa.kit.scores.LatestVersions;
import io.callqa.kit.scores.ScoreAverage;

/** An agent's month: how many evaluations were released, their average, red-line failures and problems found. */
public record AgentReport(String agentId, String month, int evaluations, BigDecimal averageScore,
        long criticalFailures, long problemsFound) {

    /** From the facts of the month, keeping the newest version of each evaluation. */
    static AgentReport of(String agentId, String month, List<EvaluationFact> facts) {
        List<EvaluationFact> latest = LatestVersions.of(facts, f -> f.evaluationId, f -> f.version);
        return new AgentReport(agentId, month, latest.size(),
                ScoreAverage.of(latest.stream().map(f -> f.totalScore).toList()),
                latest.stream().filter(f -> f.criticalFailed).count(),
                latest.stream().filter(f -> f.problemFound).count());
    }
}
