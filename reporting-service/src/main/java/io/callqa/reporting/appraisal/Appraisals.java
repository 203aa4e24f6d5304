package io.callqa.reporting.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.callqa.reporting.periods.Period;

/** Scores and ranks the agents of a scope (plain Java); best first, agents without a score last by id. */
public final class Appraisals {

    private Appraisals() {
    }

    public static AppraisalReport rank(Period quarter, String teamId, AppraisalRules rules,
            List<AgentFigures> figures) {
        List<AppraisalRules.Scores> scores = figures.stream().map(rules::score).toList();
        List<Integer> ranks = CompetitionRanking.of(scores.stream().map(AppraisalRules.Scores::score).toList());
        List<AgentAppraisal> agents = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            agents.add(AgentAppraisal.of(figures.get(i), scores.get(i), ranks.get(i)));
        }
        agents.sort(Comparator.comparing(AgentAppraisal::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgentAppraisal::agentId));
        int ranked = (int) ranks.stream().filter(r -> r != null).count();
        return new AppraisalReport(quarter.label(), quarter.start(), quarter.last(), teamId, rules.weights(), ranked,
                agents);
    }

    /** The same report with only one agent's row (an agent sees their own row and rank). */
    public static AppraisalReport only(AppraisalReport report, String agentId) {
        return new AppraisalReport(report.quarter(), report.from(), report.to(), report.teamId(), report.weights(),
                report.agentsRanked(), report.agents().stream().filter(a -> a.agentId().equals(agentId)).toList());
    }
}
