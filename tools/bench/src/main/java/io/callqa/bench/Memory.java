package io.callqa.bench;

/**
 * Ingest's resident memory, in kB as {@code /proc/<pid>/status} gives it (-1: not readable).
 *
 * @param idleKb VmRSS once the stack had started, before any load
 * @param beforeKb VmRSS when the measured phase started, after the warm-up
 * @param peakKb the highest VmRSS sampled every 250 ms during the measured phase
 * @param highWaterMarkKb VmHWM after it: the kernel's peak since the process started
 */
public record Memory(long idleKb, long beforeKb, long peakKb, long highWaterMarkKb) {

    /** kB to MB (MiB, as {@code top} and {@code free -m} count). */
    public static double megabytes(long kilobytes) {
        return kilobytes < 0 ? -1 : kilobytes / 1024.0;
    }
}
