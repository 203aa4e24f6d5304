package io.callqa.feedback.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.callqa.feedback.coaching.Scored;

/**
 * A team-wide weakness (team training topic): of a team's agents, at least {@code share} had the same item
 * deducted in a month. The team's agents are those on its roster (active) and any other agent evaluated in it that
 * month; without a roster, the agents evaluated. Plain Java, over the month's evaluations of the team (newest
 * versions).
 */
public final class TeamWeakness {

    /** One item over the threshold: how many agents had it deducted, of how many in the team, and how often. */
    public record Finding(String itemId, BigDecimal share, int agents, int agentsTotal, int deductions,
            List<UUID> evidence) {
    }

    private TeamWeakness() {
    }

    public static List<Finding> of(List<Scored> month, Set<String> roster, BigDecimal share, int minAgents) {
        Set<String> evaluated = new HashSet<>(roster);
        Map<String, Set<String>> agentsByItem = new TreeMap<>();
        Map<String, List<UUID>> evaluationsByItem = new LinkedHashMap<>();
        for (Scored s : month) {
            evaluated.add(s.agentId());
            for (String item : s.deductedItems()) {
                agentsByItem.computeIfAbsent(item, k -> new HashSet<>()).add(s.agentId());
                evaluationsByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(s.evaluationId());
            }
        }
        List<Finding> found = new ArrayList<>();
        if (evaluated.size() < minAgents || evaluated.isEmpty()) {
            return found;
        }
        agentsByItem.forEach((item, agents) -> {
            BigDecimal itemShare = BigDecimal.valueOf(agents.size())
                    .divide(BigDecimal.valueOf(evaluated.size()), 4, RoundingMode.HALF_UP);
            if (itemShare.compareTo(share) >= 0) {
                List<UUID> evidence = evaluationsByItem.get(item);
                found.add(new Finding(item, itemShare, agents.size(), evaluated.size(), evidence.size(), evidence));
            }
        });
        return found;
    }
}
