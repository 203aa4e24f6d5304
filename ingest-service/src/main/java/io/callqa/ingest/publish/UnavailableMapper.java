package io.callqa.ingest.publish;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.callqa.kit.problem.Problem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** A publish that failed is a 503 with {@code Retry-After}: nothing of the request was reported as accepted. */
public class UnavailableMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 1000)
    public Response unavailable(PublishFailedException e) {
        Log.warnf("answering 503: %s", e.getMessage());
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "the records could not be stored "
                        + "durably right now (Kafka or the database is unreachable), so none of this request is "
                        + "reported accepted; send it again after " + seconds + " s (what did reach Kafka is "
                        + "recognised by its id)", List.of()).toResponse())
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
