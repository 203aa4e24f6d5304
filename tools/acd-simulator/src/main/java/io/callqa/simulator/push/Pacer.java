package io.callqa.simulator.push;

import java.time.Duration;

/** Keeps to {@code --rate} records per second: each batch waits for its slot; no rate, no waiting. */
final class Pacer {

    private final Double rate;
    private final Ticker ticker;
    private long start = -1;
    private long released;

    Pacer(Double rate, Ticker ticker) {
        this.rate = rate;
        this.ticker = ticker;
    }

    /** The largest batch worth sending at this rate: at most one second of records. */
    int batchLimit(int batch) {
        return rate == null ? batch : (int) Math.max(1, Math.min(batch, Math.ceil(rate)));
    }

    void await(int records) throws InterruptedException {
        if (rate == null) {
            return;
        }
        if (start < 0) {
            start = ticker.nanoTime();
        }
        long slot = start + (long) (released / rate * 1e9);
        long wait = slot - ticker.nanoTime();
        if (wait > 0) {
            ticker.sleep(Duration.ofNanos(wait));
        }
        released += records;
    }
}
