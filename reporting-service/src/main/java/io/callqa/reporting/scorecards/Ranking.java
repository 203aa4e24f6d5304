package io.callqa.reporting.scorecards;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks within a team by average score, highest first, with competition ranking: equal averages share a rank and
 * the next rank skips as many places (1, 2, 2, 4). Agents without an average (no evaluations) are unranked.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Each ranked agent's rank; agents with a null average are left out. */
    public static Map<String, Integer> of(Map<String, BigDecimal> averages) {
        List<Map.Entry<String, BigDecimal>> ranked = averages.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal average = ranked.get(i).getValue();
            boolean tied = i > 0 && ranked.get(i - 1).getValue().compareTo(average) == 0;
            ranks.put(ranked.get(i).getKey(), tied ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
