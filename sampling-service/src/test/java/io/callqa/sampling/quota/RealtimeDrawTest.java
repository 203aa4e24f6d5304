package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class RealtimeDrawTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void sameCallAndMonthGiveTheSameDraw() {
        assertEquals(RealtimeDraw.u("call-42", MARCH), RealtimeDraw.u("call-42", MARCH));
    }

    @Test
    void drawDependsOnCallAndMonth() {
        assertNotEquals(RealtimeDraw.u("call-42", MARCH), RealtimeDraw.u("call-43", MARCH));
        assertNotEquals(RealtimeDraw.u("call-42", MARCH), RealtimeDraw.u("call-42", MARCH.plusMonths(1)));
    }

    @Test
    void drawsAreRoughlyUniformInZeroOne() {
        int n = 10_000;
        double sum = 0;
        int[] deciles = new int[10];
        for (int i = 0; i < n; i++) {
            double u = RealtimeDraw.u("call-" + i, MARCH);
            assertTrue(u >= 0 && u < 1, "u = " + u);
            sum += u;
            deciles[(int) (u * 10)]++;
        }
        double mean = sum / n;
        assertTrue(mean > 0.45 && mean < 0.55, "mean = " + mean);
        for (int count : deciles) {
            assertTrue(count > 850 && count < 1150, "decile count = " + count);
        }
    }

    @Test
    void nothingRemainingIsNeverPicked() {
        assertFalse(RealtimeDraw.picks(0.0, 0, 100));
        assertFalse(RealtimeDraw.picks(0.0, -1, 1));
    }

    @Test
    void expectedRemainingAtOrBelowRemainingIsAlwaysPicked() {
        assertTrue(RealtimeDraw.picks(0.999_999, 3, 3));
        assertTrue(RealtimeDraw.picks(0.999_999, 3, 1));
        assertTrue(RealtimeDraw.picks(0.999_999, 1, 0));
    }

    @Test
    void pickedWhenDrawIsBelowRemainingOverExpectedRemaining() {
        assertTrue(RealtimeDraw.picks(0.249, 2, 8));
        assertFalse(RealtimeDraw.picks(0.25, 2, 8));
    }

    @Test
    void expectedRemainingCountsTheCurrentCallAndIsAtLeastOne() {
        assertEquals(250, RealtimeDraw.expectedRemaining(250, 0));
        assertEquals(1, RealtimeDraw.expectedRemaining(250, 249));
        assertEquals(1, RealtimeDraw.expectedRemaining(250, 400));
    }

    @Test
    void noCallsLastMonthPicksEveryCallWhileTheTargetRemains() {
        int target = 2;
        int picked = 0;
        for (int call = 0; call < 5; call++) {
            long expected = RealtimeDraw.expectedRemaining(0, call);
            if (RealtimeDraw.picks(RealtimeDraw.u("c" + call, MARCH), target - picked, expected)) {
                picked++;
                assertEquals(call + 1, picked, "the first calls are the picks");
            }
        }
        assertEquals(2, picked);
    }

    @Test
    void aMonthOfExactlyLastMonthsVolumeAlwaysMeetsTheTarget() {
        long volume = 250;
        int target = 2;
        int months = 2_000;
        int hitTarget = 0;
        long totalPicks = 0;
        for (int m = 0; m < months; m++) {
            YearMonth month = YearMonth.of(2000, 1).plusMonths(m);
            int picked = 0;
            for (int call = 0; call < volume; call++) {
                if (RealtimeDraw.picks(RealtimeDraw.u("call-" + call, month), target - picked,
                        RealtimeDraw.expectedRemaining(volume, call))) {
                    picked++;
                }
            }
            totalPicks += picked;
            if (picked == target) {
                hitTarget++;
            }
        }
        // the last call has expectedRemaining 1, so a month of exactly V calls always reaches the target
        assertEquals(months, hitTarget);
        assertEquals((long) target * months, totalPicks);
    }
}
