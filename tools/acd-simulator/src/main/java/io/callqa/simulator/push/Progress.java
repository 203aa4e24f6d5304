package io.callqa.simulator.push;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The progress line on stderr: rewritten in place every second on a terminal, a new line every 10 seconds
 * otherwise (a log file). It shows the calls' counts, the rate since the last line, and how far the push has got.
 */
final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final boolean terminal;
    private final Supplier<Tally.Snapshot> calls;
    private final Supplier<String> position;
    private final Ticker ticker;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private long lastSent;
    private long lastNanos;

    Progress(PrintStream err, boolean terminal, Supplier<Tally.Snapshot> calls, Supplier<String> position,
            Ticker ticker) {
        this.err = err;
        this.terminal = terminal;
        this.calls = calls;
        this.position = position;
        this.ticker = ticker;
    }

    void start() {
        lastNanos = ticker.nanoTime();
        long period = terminal ? 1 : 10;
        timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.SECONDS);
    }

    private synchronized void print() {
        Tally.Snapshot snapshot = calls.get();
        long now = ticker.nanoTime();
        double rate = (snapshot.sent() - lastSent) / Math.max(1e-9, (now - lastNanos) / 1e9);
        lastSent = snapshot.sent();
        lastNanos = now;
        String line = line(snapshot, rate, position.get());
        if (terminal) {
            err.print("\r" + line + "\u001B[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String line(Tally.Snapshot calls, double rate, String position) {
        return String.format("calls sent %d  accepted %d  duplicates %d  rejected %d  %.0f rec/s%s", calls.sent(),
                calls.accepted(), calls.duplicates(), calls.rejected(), rate,
                position == null ? "" : "  up to " + position);
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (terminal) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
