package io.callqa.reporting.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void tiesShareARankAndTheNextSkips() {
        Map<String, BigDecimal> averages = new HashMap<>();
        averages.put("a", new BigDecimal("95.0"));
        averages.put("b", new BigDecimal("88.5"));
        averages.put("c", new BigDecimal("88.50"));
        averages.put("d", new BigDecimal("70.0"));
        averages.put("e", null);
        Map<String, Integer> ranks = Ranking.of(averages);
        assertEquals(Map.of("a", 1, "b", 2, "c", 2, "d", 4), ranks);
    }

    @Test
    void nobodyEvaluatedMeansNobodyRanked() {
        Map<String, BigDecimal> averages = new HashMap<>();
        averages.put("a", null);
        assertTrue(Ranking.of(averages).isEmpty());
    }

    @Test
    void allTiedShareFirstPlace() {
        assertEquals(Map.of("a", 1, "b", 1), Ranking.of(Map.of("a", new BigDecimal("80"), "b", new BigDecimal("80.0"))));
    }
}
