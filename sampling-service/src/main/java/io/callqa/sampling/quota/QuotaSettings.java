package io.callqa.sampling.quota;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.callqa.sampling.rules.RulesConfig;

/** {@code qa.rules.random.*} as the {@link QuotaPolicy.Settings} of the regulation. */
public final class QuotaSettings {

    private QuotaSettings() {
    }

    public static QuotaPolicy.Settings from(RulesConfig.Random random) {
        return new QuotaPolicy.Settings(random.rate(), random.zeroVolumeBase(), multipliers(random.multipliers()),
                random.exemption().minEvaluations(), random.exemption().quota(), random.realtimeShare());
    }

    /** {@code "0:2.0,60:1.5,80:1.0,95:0.8"} → {0→2.0, 60→1.5, 80→1.0, 95→0.8}; blanks around the parts are ignored. */
    public static NavigableMap<BigDecimal, BigDecimal> multipliers(String text) {
        NavigableMap<BigDecimal, BigDecimal> table = new TreeMap<>();
        for (String part : text.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("qa.rules.random.multipliers: '" + entry
                        + "' is not lowerBound:multiplier");
            }
            try {
                BigDecimal bound = new BigDecimal(entry.substring(0, colon).strip());
                BigDecimal multiplier = new BigDecimal(entry.substring(colon + 1).strip());
                if (table.put(bound, multiplier) != null) {
                    throw new IllegalArgumentException("qa.rules.random.multipliers: two entries for " + bound);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("qa.rules.random.multipliers: '" + entry
                        + "' is not lowerBound:multiplier", e);
            }
        }
        if (table.isEmpty()) {
            throw new IllegalArgumentException("qa.rules.random.multipliers is empty");
        }
        return table;
    }
}
