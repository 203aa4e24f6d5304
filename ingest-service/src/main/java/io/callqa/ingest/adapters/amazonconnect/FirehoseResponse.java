package io.callqa.ingest.adapters.amazonconnect;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.callqa.ingest.adapters.AdapterJson;

/**
 * The body Firehose expects back, as {@code application/json}: {@code {"requestId": "<the request's id>",
 * "timestamp": <epoch ms>}}, plus {@code "errorMessage"} on failure. The status code carries the outcome: Firehose
 * treats 200 as delivered and anything else (including other 2xx) as a failure, which it retries until its retry
 * duration runs out and then backs the data up to S3. A request id that could not be read from the body is taken
 * from the {@code X-Amz-Firehose-Request-Id} header.
 *
 * @param errorMessage why the delivery failed; null (and left out) on success
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirehoseResponse(String requestId, long timestamp, String errorMessage) {

    public static FirehoseResponse success(String requestId, Instant now) {
        return new FirehoseResponse(requestId, now.toEpochMilli(), null);
    }

    public static FirehoseResponse failure(String requestId, Instant now, String errorMessage) {
        return new FirehoseResponse(requestId, now.toEpochMilli(), errorMessage);
    }

    public String toJson() {
        try {
            return AdapterJson.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Firehose response", e);
        }
    }
}
