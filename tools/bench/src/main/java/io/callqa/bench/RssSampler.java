package io.callqa.bench;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples a process's resident memory ({@code VmRSS}) every 250 ms and keeps the peak. */
public final class RssSampler implements AutoCloseable {

    static final long PERIOD_MS = 250;

    private final Path status;
    private final AtomicLong peakKb = new AtomicLong(-1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public RssSampler(long pid) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    public RssSampler start() {
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The highest VmRSS sampled so far, in kB. */
    public long peakKb() {
        return peakKb.get();
    }

    /** The current VmRSS, in kB. */
    public long currentKb() {
        return ProcFiles.kilobytes(ProcFiles.read(status), "VmRSS");
    }

    /** The kernel's own high-water mark of the process's resident memory since it started, in kB. */
    public long highWaterMarkKb() {
        return ProcFiles.kilobytes(ProcFiles.read(status), "VmHWM");
    }

    private void sample() {
        long kb = currentKb();
        peakKb.accumulateAndGet(kb, Math::max);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        sample();
    }
}
