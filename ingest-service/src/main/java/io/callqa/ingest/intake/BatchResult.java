package io.callqa.ingest.intake;

import java.util.Comparator;
import java.util.List;

/**
 * The answer to a batch: how many records were published, how many had already been published (within the
 * deduplication window, or superseded by a later version in the same request), and every rejected record.
 */
public record BatchResult(int accepted, int duplicates, List<Rejection> rejected) {

    public BatchResult {
        rejected = rejected.stream().sorted(Comparator.comparingInt(Rejection::index)).toList();
    }
}
