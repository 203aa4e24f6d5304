package io.callqa.bench;

/** One request to ingest: its HTTP status (0 when none came), the parsed answer or what went wrong. */
public record BatchResult(int status, BatchAnswer answer, String failure, long nanos) {

    static BatchResult of(int status, String body, long nanos) {
        if (status != 200) {
            return new BatchResult(status, null, "HTTP " + status + ": " + BatchAnswer.abbreviate(body), nanos);
        }
        try {
            return new BatchResult(status, BatchAnswer.parse(body), null, nanos);
        } catch (IllegalStateException e) {
            return new BatchResult(status, null, e.getMessage(), nanos);
        }
    }

    static BatchResult failed(String failure, long nanos) {
        return new BatchResult(0, null, failure, nanos);
    }

    boolean ok() {
        return answer != null;
    }
}
