package io.callqa.sampling.intervals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import io.callqa.events.IntervalEvent.Verdict;

/** 20秒接通率 of one interval: the share of offered inbound calls answered within 20 seconds. */
public record ServiceLevel(long offered, long answeredWithin, long abandoned) {

    public ServiceLevel {
        if (offered < 0 || answeredWithin < 0 || abandoned < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (answeredWithin > offered || abandoned > offered) {
            throw new IllegalArgumentException("answered within or abandoned exceeds offered (" + offered + ")");
        }
    }

    /** The service level to four decimals, rounded half up; empty when nothing was offered. */
    public Optional<BigDecimal> value() {
        if (offered == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(answeredWithin).divide(BigDecimal.valueOf(offered), 4, RoundingMode.HALF_UP));
    }

    /** Compares the exact ratio (never the rounded value) with the target, so 0.79998 misses 0.80. */
    public Verdict verdict(BigDecimal target) {
        Objects.requireNonNull(target, "target");
        if (offered == 0) {
            return Verdict.NONE;
        }
        int cmp = BigDecimal.valueOf(answeredWithin).compareTo(target.multiply(BigDecimal.valueOf(offered)));
        return cmp < 0 ? Verdict.MISSED : Verdict.MET;
    }
}
