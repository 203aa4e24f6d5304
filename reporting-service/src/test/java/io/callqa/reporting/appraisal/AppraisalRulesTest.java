package io.callqa.reporting.appraisal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AppraisalRulesTest {

    /** The defaults of {@link AppraisalConfig}. */
    static final AppraisalRules DEFAULTS = new AppraisalRules(new AppraisalWeights(0.5, 0.25, 0.25),
            0.7, 10, 180, 420, 10, 20, 2, 0.5, 2.0);

    private static AgentFigures figures(long answered, long handle, long wait, long repeated, long csatSum,
            long csatCount, long evaluations, String average, long critical, long complaints) {
        return new AgentFigures("a-1", "Li Lei", answered, handle, wait, repeated, csatSum, csatCount, evaluations,
                average == null ? null : new BigDecimal(average), critical, complaints);
    }

    @Test
    void combinesTheThreeSubScoresWithTheirWeights() {
        // QA 85, FCR 0.9, 1 critical → 0.7×85 + 0.3×90 − 10 = 76.5; AHT 300 s in band → 100, ASA 25 s → 90;
        // CSAT 4.2 → 80, 5 complaints per 1,000 over the ceiling of 2 → 0
        AppraisalRules.Scores s = DEFAULTS.score(figures(200, 60_000, 5_000, 20, 420, 100, 4, "85.0", 1, 1));

        assertEquals(new BigDecimal("76.5"), s.quality());
        assertEquals(new BigDecimal("95.0"), s.efficiency());
        assertEquals(new BigDecimal("40.0"), s.satisfaction());
        assertEquals(new BigDecimal("72.0"), s.score()); // 0.5×76.5 + 0.25×95 + 0.25×40
    }

    @Test
    void handleTimeLosesPointsPerMinuteOutsideTheBand() {
        // answer speed 0 s → 100, so efficiency = (handle part + 100) ÷ 2
        assertEquals(95.0, DEFAULTS.efficiency(figures(10, 1_200, 0, 0, 0, 0, 0, null, 0, 0)), 1e-9); // 120 s: 90
        assertEquals(90.0, DEFAULTS.efficiency(figures(10, 5_400, 0, 0, 0, 0, 0, null, 0, 0)), 1e-9); // 540 s: 80
    }

    @Test
    void complaintsBelowTheCeilingScoreInProportion() {
        // 1 complaint in 1,000 calls: half the ceiling → 50; CSAT 5 → 100
        assertEquals(75.0, DEFAULTS.satisfaction(figures(1_000, 0, 0, 0, 50, 10, 0, null, 0, 1)), 1e-9);
    }

    @Test
    void partsAreHeldBetweenZeroAndOneHundred() {
        assertEquals(0.0, DEFAULTS.quality(figures(0, 0, 0, 0, 0, 0, 2, "60.0", 12, 0)), 1e-9);
        // handle time 300 s → 100; answer speed 95 s → 100 − 2 × 75 = −50, held at 0
        assertEquals(50.0, DEFAULTS.efficiency(figures(10, 3_000, 950, 0, 0, 0, 0, null, 0, 0)), 1e-9);
    }

    @Test
    void aMissingPartLeavesItsShareToTheOthers() {
        // evaluations only: quality = the QA score, and the score = quality
        AppraisalRules.Scores s = DEFAULTS.score(figures(0, 0, 0, 0, 0, 0, 3, "88.3", 0, 0));

        assertEquals(new BigDecimal("88.3"), s.quality());
        assertNull(s.efficiency());
        assertNull(s.satisfaction());
        assertEquals(new BigDecimal("88.3"), s.score());
    }

    @Test
    void noDataNoScore() {
        AppraisalRules.Scores s = DEFAULTS.score(figures(0, 0, 0, 0, 0, 0, 0, null, 0, 0));

        assertNull(s.quality());
        assertNull(s.score());
    }

    @Test
    void weightsMustAddUpToOne() {
        assertThrows(IllegalArgumentException.class, () -> new AppraisalWeights(0.5, 0.3, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new AppraisalWeights(1.25, -0.25, 0));
        assertDoesNotThrow(() -> new AppraisalWeights(0.4, 0.3, 0.3));
    }

    @Test
    void handleBandMustNotBeUpsideDown() {
        assertThrows(IllegalArgumentException.class, () -> new AppraisalRules(new AppraisalWeights(0.5, 0.25, 0.25),
                0.7, 10, 420, 180, 10, 20, 2, 0.5, 2.0));
    }
}
