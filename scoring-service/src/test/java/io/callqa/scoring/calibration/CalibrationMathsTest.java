package io.callqa.scoring.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;

class CalibrationMathsTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    private static ItemResult points(String id, int awarded) {
        return new ItemResult(id, "BUSINESS", "DEDUCTION", 25, awarded, false, false, null, null, null);
    }

    private static ItemResult na(String id) {
        return new ItemResult(id, "BUSINESS", "DEDUCTION", 15, null, true, false, null, null, null);
    }

    private static ItemResult redLine(String id, boolean failed) {
        return new ItemResult(id, "SERVICE", "CRITICAL", 0, 0, false, failed, null, null, null);
    }

    private static final List<ItemResult> REFERENCE = List.of(points("B1", 20), na("B2"), redLine("S4", false),
            points("C1", 10));

    @Test
    void deviationIsTheDistanceOfTheTotals() {
        var outcome = CalibrationMaths.compare(new BigDecimal("84.0"), REFERENCE, new BigDecimal("90.0"), REFERENCE, FIVE);

        assertEquals(new BigDecimal("6.0"), outcome.deviation());
        assertTrue(outcome.flagged());
    }

    @Test
    void exactlyFivePointsIsWithinTheAllowance() {
        var outcome = CalibrationMaths.compare(new BigDecimal("95.0"), REFERENCE, new BigDecimal("90.0"), REFERENCE, FIVE);

        assertEquals(new BigDecimal("5.0"), outcome.deviation());
        assertFalse(outcome.flagged());
    }

    @Test
    void agreementCountsItemsScoredExactlyAsTheReference() {
        List<ItemResult> mine = List.of(points("B1", 15), points("B2", 15), redLine("S4", false), points("C1", 10));

        var outcome = CalibrationMaths.compare(new BigDecimal("88.0"), mine, new BigDecimal("90.0"), REFERENCE, FIVE);

        assertEquals(new BigDecimal("0.500"), outcome.agreement());
    }

    @Test
    void aMissedRedLineDisagrees() {
        List<ItemResult> mine = List.of(points("B1", 20), na("B2"), redLine("S4", true), points("C1", 10));

        var outcome = CalibrationMaths.compare(BigDecimal.ZERO.setScale(1), mine, new BigDecimal("90.0"), REFERENCE, FIVE);

        assertEquals(new BigDecimal("0.750"), outcome.agreement());
        assertEquals(new BigDecimal("90.0"), outcome.deviation());
        assertTrue(outcome.flagged());
    }

    @Test
    void agreementRoundsToThreeDecimals() {
        List<ItemResult> reference = List.of(points("B1", 20), points("B2", 20), points("B3", 20));
        List<ItemResult> mine = List.of(points("B1", 20), points("B2", 10), points("B3", 10));

        assertEquals(new BigDecimal("0.333"), CalibrationMaths.agreement(mine, reference));
    }
}
