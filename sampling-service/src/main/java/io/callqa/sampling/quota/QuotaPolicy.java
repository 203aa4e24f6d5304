package io.callqa.sampling.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 每月随机质检量: an agent's monthly RANDOM quota, from last month's answered calls (1 % of them, rounded up, or a
 * fixed base when there were none) times a multiplier looked up from last month's average released score; an exempt
 * month has a fixed quota instead. The quota is split into a realtime target and a post-hoc target.
 */
public final class QuotaPolicy {

    /**
     * The regulation's numbers.
     *
     * @param rate                    share of last month's answered calls that makes the base (0.01), rounded up
     * @param zeroVolumeBase          the base when last month had no answered calls (2)
     * @param multipliers             lower bound of the average score → multiplier; the entry with the greatest lower
     *                                bound at or below the average applies ({0→2.0, 60→1.5, 80→1.0, 95→0.8})
     * @param exemptionMinEvaluations released evaluations a month needs to count as perfect (3)
     * @param exemptionQuota          the quota of an exempt month (5)
     * @param realtimeShare           share of the quota reviewed in real time, rounded half up (0.3)
     */
    public record Settings(BigDecimal rate, int zeroVolumeBase, NavigableMap<BigDecimal, BigDecimal> multipliers,
            int exemptionMinEvaluations, int exemptionQuota, BigDecimal realtimeShare) {

        public Settings {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(multipliers, "multipliers");
            Objects.requireNonNull(realtimeShare, "realtimeShare");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rate must be positive: " + rate);
            }
            if (zeroVolumeBase < 0) {
                throw new IllegalArgumentException("zeroVolumeBase must not be negative: " + zeroVolumeBase);
            }
            if (multipliers.isEmpty()) {
                throw new IllegalArgumentException("the multiplier table is empty");
            }
            for (Map.Entry<BigDecimal, BigDecimal> e : multipliers.entrySet()) {
                if (e.getKey() == null || e.getValue() == null || e.getValue().signum() < 0) {
                    throw new IllegalArgumentException("bad multiplier entry: " + e);
                }
            }
            if (exemptionMinEvaluations < 1) {
                throw new IllegalArgumentException("exemptionMinEvaluations must be at least 1: "
                        + exemptionMinEvaluations);
            }
            if (exemptionQuota < 0) {
                throw new IllegalArgumentException("exemptionQuota must not be negative: " + exemptionQuota);
            }
            if (realtimeShare.signum() < 0 || realtimeShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("realtimeShare must be in [0, 1]: " + realtimeShare);
            }
            multipliers = Collections.unmodifiableNavigableMap(new TreeMap<>(multipliers));
        }

        /** The regulation as written: 1 %, base 2 at zero volume, {0→2.0, 60→1.5, 80→1.0, 95→0.8}, 3, 5, 30 %. */
        public static Settings defaults() {
            NavigableMap<BigDecimal, BigDecimal> table = new TreeMap<>();
            table.put(new BigDecimal("0"), new BigDecimal("2.0"));
            table.put(new BigDecimal("60"), new BigDecimal("1.5"));
            table.put(new BigDecimal("80"), new BigDecimal("1.0"));
            table.put(new BigDecimal("95"), new BigDecimal("0.8"));
            return new Settings(new BigDecimal("0.01"), 2, table, 3, 5, new BigDecimal("0.3"));
        }
    }

    /**
     * One agent's quota for one month and how it was reached.
     *
     * @param volume         last month's answered calls
     * @param base           ceil(rate × volume), or the zero-volume base
     * @param averageScore   last month's average released score; {@code null} when there were no evaluations
     * @param multiplier     the multiplier applied; 1 when there were no evaluations, and 1 in an exempt month
     *                       (where no multiplier is applied)
     * @param exempt         whether this is an exemption month
     * @param quota          the month's RANDOM samples: the exemption quota, or max(1, round_half_up(base × multiplier))
     * @param realtimeTarget round_half_up(quota × realtime share)
     * @param posthocTarget  quota − realtime target
     */
    public record Quota(long volume, long base, BigDecimal averageScore, BigDecimal multiplier, boolean exempt,
            int quota, int realtimeTarget, int posthocTarget) {
    }

    private final Settings settings;

    public QuotaPolicy(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    public Quota quotaFor(long previousMonthVolume, Optional<BigDecimal> previousMonthAverage, boolean exempt) {
        if (previousMonthVolume < 0) {
            throw new IllegalArgumentException("volume must not be negative: " + previousMonthVolume);
        }
        long base = base(previousMonthVolume);
        BigDecimal average = previousMonthAverage.orElse(null);
        int quota;
        BigDecimal multiplier;
        if (exempt) {
            multiplier = BigDecimal.ONE;
            quota = settings.exemptionQuota();
        } else {
            multiplier = multiplier(previousMonthAverage);
            int scaled = BigDecimal.valueOf(base).multiply(multiplier)
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            quota = Math.max(1, scaled);
        }
        int realtime = BigDecimal.valueOf(quota).multiply(settings.realtimeShare())
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Quota(previousMonthVolume, base, average, multiplier, exempt, quota, realtime, quota - realtime);
    }

    /** ceil(rate × volume); the zero-volume base when there were no answered calls. */
    long base(long volume) {
        if (volume == 0) {
            return settings.zeroVolumeBase();
        }
        return BigDecimal.valueOf(volume).multiply(settings.rate()).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The multiplier of the greatest lower bound at or below the average; 1 when there is no average. */
    BigDecimal multiplier(Optional<BigDecimal> average) {
        if (average.isEmpty()) {
            return BigDecimal.ONE;
        }
        Map.Entry<BigDecimal, BigDecimal> entry = settings.multipliers().floorEntry(average.get());
        if (entry == null) {
            throw new IllegalArgumentException("average " + average.get() + " is below the multiplier table's lowest bound "
                    + settings.multipliers().firstKey());
        }
        return entry.getValue();
    }
}
