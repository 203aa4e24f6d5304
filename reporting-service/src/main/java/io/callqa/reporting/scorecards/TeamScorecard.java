package io.callqa.reporting.scorecards;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.callqa.reporting.pareto.ItemLoss;

/**
 * A team's scorecard for a period: the figures of the evaluations made in the team, the points lost per item, and
 * one row per agent of the team (the roster's and any agent evaluated in it), ranked ones first by rank.
 */
public record TeamScorecard(String teamId, String period, LocalDate from, LocalDate to,
        @JsonUnwrapped Figures figures, List<ItemLoss> items, List<AgentRow> agents) {

    /** An agent's figures within the team and rank (null when the agent has no evaluations in the period). */
    public record AgentRow(String agentId, Integer rank, @JsonUnwrapped Figures figures) {
    }
}
