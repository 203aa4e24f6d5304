package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class QuotaPolicyTest {

    private final QuotaPolicy policy = new QuotaPolicy(QuotaPolicy.Settings.defaults());

    private static Optional<BigDecimal> avg(String average) {
        return Optional.of(new BigDecimal(average));
    }

    private BigDecimal multiplierAt(String average) {
        return policy.quotaFor(1000, avg(average), false).multiplier();
    }

    @Test
    void baseIsOnePercentRoundedUp() {
        assertEquals(3, policy.quotaFor(250, Optional.empty(), false).base());
        assertEquals(1, policy.quotaFor(100, Optional.empty(), false).base());
        assertEquals(2, policy.quotaFor(101, Optional.empty(), false).base());
        assertEquals(1, policy.quotaFor(1, Optional.empty(), false).base());
    }

    @Test
    void noCallsLastMonthGivesBaseTwo() {
        QuotaPolicy.Quota quota = policy.quotaFor(0, Optional.empty(), false);

        assertEquals(2, quota.base());
        assertEquals(2, quota.quota());
    }

    @Test
    void baseThreeTimesOnePointFiveRoundsHalfUpToFive() {
        QuotaPolicy.Quota quota = policy.quotaFor(250, avg("70"), false);

        assertEquals(new QuotaPolicy.Quota(250, 3, new BigDecimal("70"), new BigDecimal("1.5"), false, 5, 2, 3),
                quota);
    }

    @Test
    void baseOneTimesZeroPointEightIsRaisedToQuotaOne() {
        QuotaPolicy.Quota quota = policy.quotaFor(100, avg("97"), false);

        assertEquals(1, quota.base());
        assertEquals(0, new BigDecimal("0.8").compareTo(quota.multiplier()));
        assertEquals(1, quota.quota());
    }

    @Test
    void realtimeTargetOfFiveIsTwoAndPosthocThree() {
        QuotaPolicy.Quota quota = policy.quotaFor(500, Optional.empty(), false); // base 5 × 1.0

        assertEquals(5, quota.quota());
        assertEquals(2, quota.realtimeTarget());
        assertEquals(3, quota.posthocTarget());
    }

    @Test
    void quotaOneIsAllPosthoc() {
        QuotaPolicy.Quota quota = policy.quotaFor(100, Optional.empty(), false);

        assertEquals(1, quota.quota());
        assertEquals(0, quota.realtimeTarget());
        assertEquals(1, quota.posthocTarget());
    }

    @Test
    void multiplierIsTheGreatestLowerBoundAtOrBelowTheAverage() {
        assertEquals(new BigDecimal("2.0"), multiplierAt("0"));
        assertEquals(new BigDecimal("2.0"), multiplierAt("59.99"));
        assertEquals(new BigDecimal("1.5"), multiplierAt("60"));
        assertEquals(new BigDecimal("1.5"), multiplierAt("79.99"));
        assertEquals(new BigDecimal("1.0"), multiplierAt("80"));
        assertEquals(new BigDecimal("1.0"), multiplierAt("80.00"));
        assertEquals(new BigDecimal("1.0"), multiplierAt("94.99"));
        assertEquals(new BigDecimal("0.8"), multiplierAt("95"));
        assertEquals(new BigDecimal("0.8"), multiplierAt("100"));
    }

    @Test
    void noEvaluationsMeansMultiplierOne() {
        QuotaPolicy.Quota quota = policy.quotaFor(1000, Optional.empty(), false);

        assertNull(quota.averageScore());
        assertEquals(0, BigDecimal.ONE.compareTo(quota.multiplier()));
        assertEquals(10, quota.quota());
    }

    @Test
    void lowAverageDoublesTheQuota() {
        QuotaPolicy.Quota quota = policy.quotaFor(1000, avg("42.5"), false);

        assertEquals(20, quota.quota());
        assertEquals(6, quota.realtimeTarget());
        assertEquals(14, quota.posthocTarget());
    }

    @Test
    void exemptMonthHasQuotaFiveAndNoMultiplier() {
        QuotaPolicy.Quota quota = policy.quotaFor(1000, avg("50"), true);

        assertTrue(quota.exempt());
        assertEquals(10, quota.base());
        assertEquals(0, BigDecimal.ONE.compareTo(quota.multiplier()));
        assertEquals(5, quota.quota());
        assertEquals(2, quota.realtimeTarget());
        assertEquals(3, quota.posthocTarget());
    }

    @Test
    void settingsAreParameters() {
        TreeMap<BigDecimal, BigDecimal> table = new TreeMap<>();
        table.put(BigDecimal.ZERO, new BigDecimal("3"));
        QuotaPolicy custom = new QuotaPolicy(
                new QuotaPolicy.Settings(new BigDecimal("0.02"), 4, table, 3, 7, new BigDecimal("0.5")));

        assertEquals(new QuotaPolicy.Quota(250, 5, new BigDecimal("10"), new BigDecimal("3"), false, 15, 8, 7),
                custom.quotaFor(250, avg("10"), false));
        assertEquals(4, custom.quotaFor(0, Optional.empty(), false).base());
        assertEquals(7, custom.quotaFor(0, Optional.empty(), true).quota());
    }

    @Test
    void settingsTableIsACopy() {
        TreeMap<BigDecimal, BigDecimal> table = new TreeMap<>(QuotaPolicy.Settings.defaults().multipliers());
        QuotaPolicy.Settings settings = new QuotaPolicy.Settings(new BigDecimal("0.01"), 2, table, 3, 5,
                new BigDecimal("0.3"));
        table.put(new BigDecimal("50"), new BigDecimal("9"));

        assertEquals(4, settings.multipliers().size());
        assertThrows(UnsupportedOperationException.class, () -> settings.multipliers().clear());
    }

    @Test
    void averageBelowTheTableOrNegativeVolumeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> policy.quotaFor(100, avg("-1"), false));
        assertThrows(IllegalArgumentException.class, () -> policy.quotaFor(-1, Optional.empty(), false));
    }
}
