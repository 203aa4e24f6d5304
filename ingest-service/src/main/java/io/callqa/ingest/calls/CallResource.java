package io.callqa.ingest.calls;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/calls")
@RolesAllowed(Roles.ACD)
public class CallResource {

    private final CallPublisher publisher;
    private final CallNormalizer normalizer;
    private final Clock clock;

    public CallResource(CallPublisher publisher, IngestConfig config, Clock clock) {
        this.publisher = publisher;
        this.normalizer = new CallNormalizer(new CallerNumbers(config.callerHashKey()));
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept one call record", description = "Validates the record, replaces the caller's "
            + "number by its hash and masked form, and publishes CallRecorded to qa.calls.v1 keyed by agent. "
            + "Answers 202 only once Kafka has acknowledged the event.")
    @APIResponse(responseCode = "202", description = "published")
    @APIResponse(responseCode = "400", description = "invalid record; each bad field is named")
    public Uni<Response> accept(CallRecordRequest call) {
        if (call == null) {
            throw ProblemException.invalid("body", "a call record is required");
        }
        List<FieldError> errors = CallRecordValidator.validate(call, clock.instant());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        var event = normalizer.normalize(call, UUID.randomUUID(), clock.instant());
        return publisher.publish(event).replaceWith(Response.accepted(new Accepted(event.callId(), event.eventId()))
                .build());
    }

    /** What a client gets back for an accepted record. */
    public record Accepted(String callId, UUID eventId) {
    }
}
