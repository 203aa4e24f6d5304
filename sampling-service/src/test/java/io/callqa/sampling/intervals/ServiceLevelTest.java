package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import io.callqa.events.IntervalEvent.Verdict;

class ServiceLevelTest {

    private static final BigDecimal TARGET = new BigDecimal("0.80");

    @Test
    void intervalWithNothingOfferedHasNoValueAndNoVerdict() {
        ServiceLevel sl = new ServiceLevel(0, 0, 0);

        assertTrue(sl.value().isEmpty());
        assertEquals(Verdict.NONE, sl.verdict(TARGET));
    }

    @Test
    void exactlyEightyPercentMeetsTheTarget() {
        ServiceLevel sl = new ServiceLevel(100, 80, 5);

        assertEquals(new BigDecimal("0.8000"), sl.value().orElseThrow());
        assertEquals(Verdict.MET, sl.verdict(TARGET));
    }

    @Test
    void fourOfFiveIsEightyPercentAndMet() {
        ServiceLevel sl = new ServiceLevel(5, 4, 1);

        assertEquals(new BigDecimal("0.8000"), sl.value().orElseThrow());
        assertEquals(Verdict.MET, sl.verdict(TARGET));
    }

    @Test
    void seventyNineOfNinetyNineMisses() {
        ServiceLevel sl = new ServiceLevel(99, 79, 3);

        assertEquals(new BigDecimal("0.7980"), sl.value().orElseThrow());
        assertEquals(Verdict.MISSED, sl.verdict(TARGET));
    }

    @Test
    void verdictUsesTheExactRatioNotTheRoundedValue() {
        ServiceLevel sl = new ServiceLevel(50_000, 39_999, 0); // 0.79998

        assertEquals(new BigDecimal("0.8000"), sl.value().orElseThrow());
        assertEquals(Verdict.MISSED, sl.verdict(TARGET));
    }

    @Test
    void valueIsRoundedHalfUpToFourDecimals() {
        assertEquals(new BigDecimal("0.6667"), new ServiceLevel(3, 2, 0).value().orElseThrow());
        assertEquals(new BigDecimal("0.3333"), new ServiceLevel(3, 1, 0).value().orElseThrow());
        assertEquals(new BigDecimal("1.0000"), new ServiceLevel(7, 7, 0).value().orElseThrow());
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevel(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevel(5, 6, 0));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevel(5, 0, 6));
    }
}
