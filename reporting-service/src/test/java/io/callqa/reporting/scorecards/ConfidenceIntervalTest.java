package io.callqa.reporting.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void tQuantilesMatchTheTable() {
        assertEquals(12.706, ConfidenceInterval.t975(1), 0.0005);
        assertEquals(2.776, ConfidenceInterval.t975(4), 0.0005);
        assertEquals(2.045, ConfidenceInterval.t975(29), 0.0005);
        assertEquals(2.042, ConfidenceInterval.t975(30), 0.0005);
    }

    @Test
    void tQuantilesBeyondTheTableApproachTheNormal() {
        assertEquals(2.021, ConfidenceInterval.t975(40), 0.001);
        assertEquals(2.000, ConfidenceInterval.t975(60), 0.001);
        assertEquals(1.980, ConfidenceInterval.t975(120), 0.001);
        assertEquals(1.960, ConfidenceInterval.t975(1_000_000), 0.0005);
        assertTrue(ConfidenceInterval.t975(31) < ConfidenceInterval.t975(30));
    }

    @Test
    void rejectsZeroDegreesOfFreedom() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.t975(0));
    }

    @Test
    void noIntervalWithFewerThanTwoScores() {
        assertNull(ConfidenceInterval.of(0, 0, 0));
        assertNull(ConfidenceInterval.of(1, 80, 0));
    }

    @Test
    void twoScoresUseTwelvePointSevenOhSix() {
        // 80 and 90: mean 85, s = 7.0711, half-width 12.706 * 7.0711 / 1.4142 = 63.53, clipped to [21.5, 100]
        ConfidenceInterval ci = ConfidenceInterval.of(2, 85, Math.sqrt(50));
        assertEquals(new BigDecimal("63.5"), ci.halfWidth());
        assertEquals(new BigDecimal("21.5"), ci.low());
        assertEquals(new BigDecimal("100.0"), ci.high());
    }

    @Test
    void fiveScoresUseTwoPointSevenSevenSix() {
        // s = 5, n = 5: half-width 2.776 * 5 / 2.2361 = 6.207
        ConfidenceInterval ci = ConfidenceInterval.of(5, 80, 5);
        assertEquals(new BigDecimal("6.2"), ci.halfWidth());
        assertEquals(new BigDecimal("73.8"), ci.low());
        assertEquals(new BigDecimal("86.2"), ci.high());
        assertTrue(ci.widerThan(new BigDecimal("5")));
        assertFalse(ci.widerThan(new BigDecimal("6.2")));
    }

    @Test
    void lowBoundIsClippedAtZero() {
        ConfidenceInterval ci = ConfidenceInterval.of(3, 5, 10);
        assertEquals(new BigDecimal("0.0"), ci.low());
    }
}
