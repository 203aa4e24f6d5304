package io.callqa.ingest.intake;

import io.callqa.kit.problem.ProblemException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.ingest.limits.*}: how much one request and one record may hold. */
@ConfigMapping(prefix = "qa.ingest.limits")
public interface RequestLimits {

    /** Records per request; more is refused with 413. */
    @WithDefault("10000")
    int maxRecords();

    /** Bytes of one record; a bigger record is rejected (413 for a single-record request). */
    @WithDefault("262144")
    int maxRecordBytes();

    /** Bytes of one request body (32 MiB); more is refused with 413. */
    @WithDefault("33554432")
    int maxRequestBytes();

    default void checkRecordCount(int count) {
        if (count > maxRecords()) {
            throw ProblemException.tooLarge("body", "a request may hold at most " + maxRecords()
                    + " records; split the batch");
        }
    }

    default void checkRequestSize(long bytes) {
        if (bytes > maxRequestBytes()) {
            throw ProblemException.tooLarge("body", "a request may be at most " + maxRequestBytes()
                    + " bytes (" + maxRequestBytes() / (1024 * 1024) + " MiB); split the batch");
        }
    }

    default String recordTooLarge() {
        return "is larger than " + maxRecordBytes() / 1024 + " KiB";
    }
}
