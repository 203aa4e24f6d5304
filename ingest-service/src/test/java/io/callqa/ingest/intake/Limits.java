package io.callqa.ingest.intake;

/** Request limits for unit tests. */
record Limits(int maxRecords, int maxRecordBytes, int maxRequestBytes) implements RequestLimits {

    static final Limits DEFAULT = new Limits(10_000, 262_144, 33_554_432);
}
