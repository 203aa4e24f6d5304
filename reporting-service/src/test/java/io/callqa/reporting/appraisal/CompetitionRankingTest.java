package io.callqa.reporting.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void equalScoresShareARankAndTheNextSkips() {
        List<BigDecimal> scores = Arrays.asList(d("90.0"), d("80.5"), d("90.0"), null, d("70.0"), d("80.5"));

        assertEquals(Arrays.asList(1, 3, 1, null, 5, 3), CompetitionRanking.of(scores));
    }

    @Test
    void scaleDoesNotMatter() {
        assertEquals(Arrays.asList(1, 1), CompetitionRanking.of(List.of(d("90"), d("90.0"))));
    }
}
