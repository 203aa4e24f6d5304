package io.callqa.reporting.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Test
    void noEvaluationsNoAverageNoChangeAndTooFew() {
        Figures f = Figures.of(new Summary(0, null, null, 0, null, new BigDecimal("80")), FIVE);
        assertNull(f.average());
        assertNull(f.change());
        assertNull(f.confidenceInterval());
        assertTrue(f.tooFewEvaluations());
        assertEquals(new BigDecimal("80.0"), f.previousAverage());
    }

    @Test
    void oneEvaluationHasNoInterval() {
        Figures f = Figures.of(new Summary(1, new BigDecimal("90.0"), new BigDecimal("90.0"), 0, null, null), FIVE);
        assertEquals(new BigDecimal("90.0"), f.average());
        assertNull(f.change());
        assertNull(f.confidenceInterval());
        assertTrue(f.tooFewEvaluations());
    }

    @Test
    void changeIsTheRoundedDifferenceOfUnroundedAverages() {
        Figures f = Figures.of(new Summary(3, new BigDecimal("85.05"), new BigDecimal("84.0"), 1,
                new BigDecimal("0.5"), new BigDecimal("80.00")), FIVE);
        assertEquals(new BigDecimal("85.1"), f.average());
        assertEquals(new BigDecimal("5.1"), f.change());
        assertEquals(1, f.criticalFailures());
        assertFalse(f.tooFewEvaluations());
    }

    @Test
    void aWideIntervalIsFlagged() {
        Figures f = Figures.of(new Summary(5, new BigDecimal("80"), new BigDecimal("70"), 0, new BigDecimal("5"),
                null), FIVE);
        assertEquals(new BigDecimal("6.2"), f.confidenceInterval().halfWidth());
        assertTrue(f.tooFewEvaluations());
        assertFalse(Figures.of(new Summary(5, new BigDecimal("80"), new BigDecimal("70"), 0, new BigDecimal("5"),
                null), new BigDecimal("7")).tooFewEvaluations());
    }
}
