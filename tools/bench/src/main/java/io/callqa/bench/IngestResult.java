package io.callqa.bench;

import java.util.List;

/**
 * Phase (b) summed up: throughput, what ingest answered, request latencies and ingest's resident memory.
 *
 * @param firstFailure the first failed request's status and body, or null when every request got its 200
 */
public record IngestResult(Phase phase, long duplicates, long rejected, int failedRequests, String firstFailure,
        Latencies latencies, Memory memory) {

    /** Sums up the measured requests of one run. */
    static IngestResult of(long sent, long nanos, CpuMeter.Usage cpu, List<BatchResult> results, Memory memory) {
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        for (BatchResult result : results) {
            if (result.ok()) {
                accepted += result.answer().accepted();
                duplicates += result.answer().duplicates();
                rejected += result.answer().rejected();
            }
        }
        List<BatchResult> failed = results.stream().filter(r -> !r.ok()).toList();
        long[] latencies = results.stream().mapToLong(BatchResult::nanos).toArray();
        return new IngestResult(new Phase(sent, accepted, nanos, cpu), duplicates, rejected, failed.size(),
                failed.isEmpty() ? null : failed.get(0).failure(), Latencies.of(latencies), memory);
    }

    /** Every record sent was accepted, none a duplicate or rejected, every request answered 200. */
    public boolean complete() {
        return phase.accepted() == phase.sent() && duplicates == 0 && rejected == 0 && failedRequests == 0;
    }
}
