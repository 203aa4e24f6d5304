package io.callqa.simulator.push;

import java.time.Duration;
import java.time.Instant;

/** The wall clock and waiting, behind an interface so that tests run the pacing without sleeping. */
public interface Ticker {

    Ticker SYSTEM = new Ticker() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };

    Instant now();

    /** For measuring elapsed time. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;
}
