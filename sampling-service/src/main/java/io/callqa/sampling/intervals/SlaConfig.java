package io.callqa.sampling.intervals;

import java.math.BigDecimal;
import java.time.Duration;

import io.callqa.events.IntervalEvent.Scope;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.sla.*}: how the 20-second service level (20秒接通率) is measured and when intervals close. */
@ConfigMapping(prefix = "qa.sla")
public interface SlaConfig {

    /** Interval length in minutes: 15, 30 or 60, aligned to local midnight. */
    @WithDefault("30")
    int intervalMinutes();

    /** CENTER: all queues together; QUEUE: each queue on its own. */
    @WithDefault("CENTER")
    Scope scope();

    /** A call answered after at most this many seconds in the queue counts as answered within threshold. */
    @WithDefault("20")
    int thresholdSeconds();

    /** An interval whose service level is below this misses (0.80 = 80%). */
    @WithDefault("0.80")
    BigDecimal target();

    /** Abandoned calls that waited less than this are not offered (0: none excluded). */
    @WithDefault("0")
    int shortAbandonSeconds();

    /** The watermark trails the largest {@code endedAt} seen by this much. */
    @WithDefault("15m")
    Duration allowedLateness();

    /** With no record for this long (wall clock), the watermark advances to the wall clock less the lateness. */
    @WithDefault("15m")
    Duration idleAfter();
}
