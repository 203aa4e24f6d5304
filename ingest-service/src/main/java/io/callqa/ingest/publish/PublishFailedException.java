package io.callqa.ingest.publish;

import java.time.Duration;

/** Kafka (or the deduplication store) did not take the records in time; the client should retry later. */
public class PublishFailedException extends RuntimeException {

    private final transient Duration retryAfter;

    public PublishFailedException(Throwable cause, Duration retryAfter) {
        super("the records could not be published: " + cause.getMessage(), cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
