package io.callqa.sampling.intervals;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Event-time closing: the watermark says up to when all calls are in, and an interval closes once it reaches its end. */
public final class Watermark {

    private Watermark() {
    }

    /** The watermark from the latest call end seen, held back by the allowed lateness. */
    public static Instant of(Instant maxEndedAt, Duration lateness) {
        return maxEndedAt.minus(lateness);
    }

    /**
     * When no call has arrived for idleAfter (wall clock), moves the watermark to now − lateness, never backwards;
     * empty while the stream is not yet idle.
     */
    public static Optional<Instant> idleAdvance(Instant lastArrivalWallClock, Instant now, Duration idleAfter,
            Duration lateness, Instant current) {
        Objects.requireNonNull(current, "current");
        if (Duration.between(lastArrivalWallClock, now).compareTo(idleAfter) < 0) {
            return Optional.empty();
        }
        Instant advanced = now.minus(lateness);
        return Optional.of(advanced.isAfter(current) ? advanced : current);
    }

    /** Whether the watermark has reached the interval's end, so the interval can be closed. */
    public static boolean passed(Instant watermark, Instant end) {
        return !watermark.isBefore(end);
    }
}
