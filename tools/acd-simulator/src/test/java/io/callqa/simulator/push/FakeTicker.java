package io.callqa.simulator.push;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when someone sleeps: pacing and retries run instantly, and every wait is recorded. */
final class FakeTicker implements Ticker {

    private volatile Instant now;
    private volatile long nanos;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    FakeTicker(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
        nanos += duration.toNanos();
    }
}
