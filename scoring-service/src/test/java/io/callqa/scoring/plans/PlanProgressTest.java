package io.callqa.scoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Completion % = 100 × done ÷ target, one decimal, half up. */
class PlanProgressTest {

    private static BigDecimal percent(int done, int target) {
        return PlanProgress.of("e1", target, done, 0, 0).completionPercent();
    }

    @Test
    void completionIsRoundedToOneDecimalHalfUp() {
        assertEquals(new BigDecimal("33.3"), percent(1, 3));
        assertEquals(new BigDecimal("66.7"), percent(2, 3));
        assertEquals(new BigDecimal("6.3"), percent(1, 16));
        assertEquals(new BigDecimal("1.3"), percent(1, 80));
        assertEquals(new BigDecimal("12.5"), percent(1, 8));
    }

    @Test
    void nothingDoneIsZeroAndTheTargetIsOneHundred() {
        assertEquals(new BigDecimal("0.0"), percent(0, 120));
        assertEquals(new BigDecimal("100.0"), percent(120, 120));
    }

    @Test
    void completionMayExceedOneHundred() {
        assertEquals(new BigDecimal("150.0"), percent(150, 100));
    }

    @Test
    void theLineCarriesTheCountsItWasGiven() {
        PlanProgress line = PlanProgress.of("e7", 200, 50, 12, 3);

        assertEquals(new PlanProgress("e7", 200, 50, 12, 3, new BigDecimal("25.0")), line);
    }

    @Test
    void rejectsATargetOfZero() {
        assertThrows(IllegalArgumentException.class, () -> percent(1, 0));
    }
}
