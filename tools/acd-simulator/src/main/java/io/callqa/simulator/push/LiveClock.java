package io.callqa.simulator.push;

import java.time.Duration;
import java.time.Instant;

/**
 * The pace of {@code --live}: an event may go once it is due by the wall clock (never earlier, so nothing sent
 * lies in the future) and, with a speed, once the replay (the period's start plus the elapsed time times the speed)
 * has reached it. Without a speed everything already due goes at once.
 */
final class LiveClock {

    private final Ticker ticker;
    private final Instant periodStart;
    private final Double speed;
    private final Instant wallStart;

    LiveClock(Ticker ticker, Instant periodStart, Double speed) {
        this.ticker = ticker;
        this.periodStart = periodStart;
        this.speed = speed;
        this.wallStart = ticker.now();
    }

    /** How long to wait before an event due at {@code due} may be sent; zero when it may go now. */
    Duration untilDue(Instant due) {
        Instant goes = due;
        if (speed != null) {
            long replayNanos = (long) (Duration.between(periodStart, due).toNanos() / speed);
            Instant replayed = wallStart.plusNanos(replayNanos);
            goes = replayed.isAfter(goes) ? replayed : goes;
        }
        Duration wait = Duration.between(ticker.now(), goes);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
