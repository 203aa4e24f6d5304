package io.callqa.ingest.adapters.amazonconnect;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.callqa.ingest.publish.PublishFailedException;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.Problem;
import io.callqa.kit.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Failure answers for Firehose: the body it expects ({@code requestId}, {@code timestamp}, {@code errorMessage})
 * merged with the problem-detail fields, as {@code application/json} (Firehose's contract), so that both Firehose
 * and a person reading its error logs get the reason and the field.
 */
final class FirehoseFailures {

    private FirehoseFailures() {
    }

    /** The merged body. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Body(String requestId, long timestamp, String errorMessage, String type, String title, int status,
            String detail, List<FieldError> errors) {

        static Body of(String requestId, Instant now, Problem problem) {
            return new Body(requestId, now.toEpochMilli(), problem.detail(), problem.type(), problem.title(),
                    problem.status(), problem.detail(), problem.errors());
        }
    }

    static Response invalid(String requestId, ProblemException e, Instant now) {
        Problem problem = e.problem();
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Body.of(requestId, now, problem)).build();
    }

    static Response unavailable(String requestId, PublishFailedException e, Instant now) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        Problem problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the records could not be stored durably "
                + "right now (Kafka or the database is unreachable); retry the delivery", List.of());
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(Body.of(requestId, now, problem)).build();
    }
}
