package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.sampling.quota.Exemption.MonthRecord;

class ExemptionTest {

    private static final YearMonth M1 = YearMonth.of(2026, 1);

    private static YearMonth month(int n) {
        return M1.plusMonths(n - 1);
    }

    private static MonthRecord perfect(int n) {
        return new MonthRecord(month(n), 3, true);
    }

    private static MonthRecord imperfect(int n) {
        return new MonthRecord(month(n), 10, false);
    }

    private static Exemption history(MonthRecord... records) {
        return new Exemption(3, List.of(records));
    }

    @Test
    void perfectMonthsOneAndTwoExemptMonthThree() {
        assertTrue(history(perfect(1), perfect(2)).exempt(month(3)));
    }

    @Test
    void monthAfterAnExemptMonthIsNormalEvenIfTheExemptMonthWasPerfect() {
        assertFalse(history(perfect(1), perfect(2), perfect(3)).exempt(month(4)));
        assertFalse(history(perfect(1), perfect(2), perfect(3), perfect(4)).exempt(month(5)));
    }

    @Test
    void perfectMonthsFourAndFiveExemptMonthSix() {
        Exemption exemption = history(perfect(1), perfect(2), perfect(3), perfect(4), perfect(5));

        assertTrue(exemption.exempt(month(3)));
        assertFalse(exemption.exempt(month(4)));
        assertFalse(exemption.exempt(month(5)));
        assertTrue(exemption.exempt(month(6)));
    }

    @Test
    void exemptMonthThreeNotPerfectThenFourAndFivePerfectExemptSix() {
        Exemption exemption = history(perfect(1), perfect(2), imperfect(3), perfect(4), perfect(5));

        assertTrue(exemption.exempt(month(3)));
        assertFalse(exemption.exempt(month(4)));
        assertFalse(exemption.exempt(month(5)));
        assertTrue(exemption.exempt(month(6)));
    }

    @Test
    void onePerfectMonthIsNotEnough() {
        assertFalse(history(perfect(2)).exempt(month(3)));
        assertFalse(history(imperfect(1), perfect(2)).exempt(month(3)));
        assertFalse(history(perfect(1), imperfect(2)).exempt(month(3)));
    }

    @Test
    void onlyTwoEvaluationsInAPerfectMonthIsNotExempt() {
        Exemption exemption = history(perfect(1), new MonthRecord(month(2), 2, true));

        assertFalse(exemption.exempt(month(3)));
    }

    @Test
    void minimumEvaluationsIsAParameter() {
        List<MonthRecord> twoEach = List.of(new MonthRecord(month(1), 2, true), new MonthRecord(month(2), 2, true));

        assertTrue(new Exemption(2, twoEach).exempt(month(3)));
        assertFalse(new Exemption(3, twoEach).exempt(month(3)));
    }

    @Test
    void aNinetyNineAmongTheScoresIsNotPerfect() {
        MonthRecord withNinetyNine = MonthRecord.fromScores(month(2), scores("100", "99", "100", "100"));

        assertEquals(4, withNinetyNine.evaluations());
        assertFalse(withNinetyNine.allPerfect());
        assertFalse(history(perfect(1), withNinetyNine).exempt(month(3)));
    }

    @Test
    void scoresOfOneHundredMakeAPerfectMonth() {
        MonthRecord perfectScores = MonthRecord.fromScores(month(2), scores("100", "100.00", "100"));

        assertTrue(perfectScores.allPerfect());
        assertTrue(history(perfect(1), perfectScores).exempt(month(3)));
        assertFalse(MonthRecord.fromScores(month(2), List.of()).allPerfect());
    }

    @Test
    void aMissingMonthBreaksTheRun() {
        Exemption exemption = history(perfect(1), perfect(3), perfect(4));

        assertFalse(exemption.exempt(month(3)));
        assertFalse(exemption.exempt(month(4)));
        assertTrue(exemption.exempt(month(5)));
    }

    @Test
    void recordsMayComeInAnyOrder() {
        assertTrue(history(perfect(5), perfect(4), perfect(2), perfect(3), perfect(1)).exempt(month(6)));
    }

    @Test
    void aRunOfPerfectMonthsExemptsEveryThirdMonth() {
        List<MonthRecord> records = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            records.add(perfect(n));
        }
        Exemption exemption = new Exemption(3, records);

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            for (int n = 1; n <= 61; n++) {
                assertEquals(n >= 3 && n % 3 == 0, exemption.exempt(month(n)), "month " + n);
            }
        });
    }

    @Test
    void iterativeRuleMatchesTheRecursiveDefinition() {
        // a fixed pattern of perfect (P), imperfect (x) and missing (.) months
        String pattern = "PPPxPP.PPPPPPxxPPPP.PPxPPPPPPP";
        List<MonthRecord> records = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == 'P') {
                records.add(perfect(i + 1));
            } else if (c == 'x') {
                records.add(imperfect(i + 1));
            }
        }
        Exemption exemption = new Exemption(3, records);
        Map<YearMonth, Boolean> memo = new HashMap<>();

        for (int n = 1; n <= pattern.length() + 2; n++) {
            assertEquals(recursive(exemption, month(n), memo), exemption.exempt(month(n)), "month " + n);
        }
    }

    @Test
    void twoRecordsForOneMonthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> history(perfect(1), imperfect(1)));
    }

    private static boolean recursive(Exemption e, YearMonth m, Map<YearMonth, Boolean> memo) {
        if (m.isBefore(M1.plusMonths(2))) {
            return false; // nothing recorded before M1
        }
        Boolean known = memo.get(m);
        if (known != null) {
            return known;
        }
        boolean exempt = e.perfect(m.minusMonths(1)) && e.perfect(m.minusMonths(2))
                && !recursive(e, m.minusMonths(1), memo) && !recursive(e, m.minusMonths(2), memo);
        memo.put(m, exempt);
        return exempt;
    }

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }


    @Test
    void aStoredExemptionIsTheTruthForItsMonthAndTheMonthsAfterIt() {
        Exemption exemption = history(perfect(1), perfect(2), perfect(3), perfect(4), perfect(5));

        // month 3 was stored as normal (e.g. fixed before month 2's evaluations were released): then 4 is exempt
        assertTrue(exemption.exempt(month(4), Map.of(month(3), false)));
        assertFalse(exemption.exempt(month(6), Map.of(month(3), false)));
        assertTrue(exemption.exempt(month(3), Map.of(month(3), true)));
        assertFalse(exemption.exempt(month(3), Map.of(month(3), false)));
        assertFalse(history().exempt(month(3), Map.of(month(2), true)));
    }

    @Test
    void withoutStoredMonthsTheRecursionDecides() {
        Exemption exemption = history(perfect(1), perfect(2), perfect(3), perfect(4), perfect(5));

        for (int n = 1; n <= 7; n++) {
            assertEquals(exemption.exempt(month(n)), exemption.exempt(month(n), Map.of()), "month " + n);
        }
    }
}
