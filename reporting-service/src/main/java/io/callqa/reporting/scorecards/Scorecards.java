package io.callqa.reporting.scorecards;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.pareto.ItemLosses;
import io.callqa.reporting.periods.Period;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds agent and team scorecards from the SQL aggregates; ranks with {@link Ranking}. */
@ApplicationScoped
public class Scorecards {

    private final ScorecardQueries queries;
    private final ItemLosses losses;
    private final ScorecardsConfig config;

    public Scorecards(ScorecardQueries queries, ItemLosses losses, ScorecardsConfig config) {
        this.queries = queries;
        this.losses = losses;
        this.config = config;
    }

    /** The agent's scorecard; {@code teamId} (may be null) is the team they are ranked in. */
    public Uni<AgentScorecard> agent(String agentId, String teamId, Period period) {
        Uni<Map<String, Figures>> team = teamId == null ? Uni.createFrom().item(Map.of()) : agentsOf(teamId, period);
        return queries.agent(agentId, period).chain(summary -> losses.of(ItemLosses.Scope.AGENT, agentId, period)
                .chain(items -> team.map(agents -> {
                    Map<String, Integer> ranks = ranks(agents);
                    return new AgentScorecard(agentId, teamId, period.label(), period.start(), period.last(),
                            Figures.of(summary, config.maxHalfWidth()), ranks.get(agentId), ranks.size(), items);
                })));
    }

    public Uni<TeamScorecard> team(String teamId, Period period) {
        return queries.team(teamId, period).chain(summary -> losses.of(ItemLosses.Scope.TEAM, teamId, period)
                .chain(items -> agentsOf(teamId, period).map(agents -> new TeamScorecard(teamId, period.label(),
                        period.start(), period.last(), Figures.of(summary, config.maxHalfWidth()), items,
                        rows(agents)))));
    }

    private Uni<Map<String, Figures>> agentsOf(String teamId, Period period) {
        return queries.agentsOf(teamId, period).map(summaries -> {
            Map<String, Figures> figures = new HashMap<>();
            summaries.forEach((agent, s) -> figures.put(agent, Figures.of(s, config.maxHalfWidth())));
            return figures;
        });
    }

    private static Map<String, Integer> ranks(Map<String, Figures> agents) {
        Map<String, BigDecimal> averages = new HashMap<>();
        agents.forEach((agent, f) -> averages.put(agent, f.average()));
        return Ranking.of(averages);
    }

    private static List<TeamScorecard.AgentRow> rows(Map<String, Figures> agents) {
        Map<String, Integer> ranks = ranks(agents);
        return agents.entrySet().stream()
                .map(e -> new TeamScorecard.AgentRow(e.getKey(), ranks.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(TeamScorecard.AgentRow::rank,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TeamScorecard.AgentRow::agentId))
                .toList();
    }
}
