package io.callqa.bench;

/**
 * One measured phase: how many records were sent and acknowledged in how long, and where the CPU went meanwhile.
 *
 * @param sent records sent while the clock ran
 * @param accepted records acknowledged as durably published (the ceiling: acked by Kafka; ingest: "accepted")
 */
public record Phase(long sent, long accepted, long nanos, CpuMeter.Usage cpu) {

    public double seconds() {
        return nanos / 1e9;
    }

    /** CPU time per acknowledged record, in microseconds, of processes using {@code cores} on average. */
    public double cpuMicrosPerRecord(double cores) {
        return cores * seconds() * 1e6 / accepted;
    }

    /** Acknowledged records per second. */
    public double recordsPerSecond() {
        return accepted / seconds();
    }
}
