package io.callqa.reporting.scorecards;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.callqa.reporting.pareto.ItemLoss;

/**
 * One agent's scorecard for a period ({@code from}–{@code to} inclusive): the figures of all their evaluations,
 * their rank within {@code teamId} (of {@code ranked} agents with evaluations there; null when unranked) and the
 * points lost per item, most first.
 */
public record AgentScorecard(String agentId, String teamId, String period, LocalDate from, LocalDate to,
        @JsonUnwrapped Figures figures, Integer rank, int ranked, List<ItemLoss> items) {
}
