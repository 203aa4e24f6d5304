package io.callqa.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measured requests of one endpoint: latency percentiles (nearest rank) in milliseconds, the answers by
 * status, the average body size, and the first answer that was not a 2xx (for the report).
 */
record ReportTiming(String name, int requests, double p50, double p95, double p99, double max, Map<Integer, Integer>
        statuses, long averageBytes, String firstError) {

    static ReportTiming of(String name, long[] nanos, int[] statuses, long bytes, String firstError) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int status : statuses) {
            byStatus.merge(status, 1, Integer::sum);
        }
        return new ReportTiming(name, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95),
                millis(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, byStatus,
                sorted.length == 0 ? 0 : bytes / sorted.length, firstError);
    }

    static double millis(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    boolean allOk() {
        return statuses.keySet().stream().allMatch(s -> s >= 200 && s < 300);
    }
}
