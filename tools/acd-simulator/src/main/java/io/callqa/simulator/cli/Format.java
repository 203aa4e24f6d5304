package io.callqa.simulator.cli;

import java.util.Locale;

/** How calls travel: a JSON array per batch (push only), NDJSON (one call per line) or CSV (no transcripts). */
public enum Format {
    JSON("application/json", "/api/v1/calls"),
    NDJSON("application/x-ndjson", "/api/v1/calls"),
    CSV("text/csv", "/api/v1/calls/csv");

    private final String contentType;
    private final String path;

    Format(String contentType, String path) {
        this.contentType = contentType;
        this.path = path;
    }

    public String contentType() {
        return contentType;
    }

    public String path() {
        return path;
    }

    static Format parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format takes json, ndjson or csv, not '" + text + "'");
        }
    }

    /** A file's format from its name: CSV for {@code .csv}, NDJSON otherwise. */
    static Format ofFile(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : NDJSON;
    }
}
