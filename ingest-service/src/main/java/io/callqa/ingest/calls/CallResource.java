package io.callqa.ingest.calls;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.ingest.intake.BatchResult;
import io.callqa.ingest.intake.CallIntake;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.JsonBodies;
import io.callqa.ingest.intake.NdjsonBodies;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Source;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
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
// reading and checking up to 10,000 records is CPU work: on a worker thread, not the event loop
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    static final String NDJSON = "application/x-ndjson";

    private final CallIntake intake;
    private final RequestLimits limits;

    public CallResource(CallIntake intake, RequestLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept one call record, or a batch as a JSON array", description = "One record (object): "
            + "202 with its callId and eventId once Kafka has acknowledged CallRecorded, or 400 naming each bad "
            + "field; a call id already published within the deduplication window answers 202 with "
            + "duplicate=true and the first event's id. A batch (array, at most 10,000 records and 32 MiB): 200 "
            + "with accepted, duplicates and the rejected records with their errors; the valid records are "
            + "published even when others are not.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {CallRecordRequest.class, CallRecordRequest[].class})))
    @APIResponse(responseCode = "202", description = "the record is durably published (or was already)")
    @APIResponse(responseCode = "200", description = "the batch was processed",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "invalid record or unreadable body; each bad field is named")
    @APIResponse(responseCode = "413", description = "more than 10,000 records, or a body over 32 MiB")
    @APIResponse(responseCode = "503", description = "Kafka or the database is unreachable; retry after Retry-After")
    public Uni<Response> json(byte[] body) {
        limits.checkRequestSize(body.length);
        JsonBodies.Parsed parsed = JsonBodies.read(body, limits);
        return parsed.single() ? single(parsed) : batch(Source.API, parsed.candidates());
    }

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Accept a batch of call records as NDJSON", description = "One record per line; a line "
            + "that is not JSON rejects only that record. Answers like a JSON batch.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = CallRecordRequest.class)))
    @APIResponse(responseCode = "200", description = "the batch was processed",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public Uni<Response> ndjson(byte[] body) {
        limits.checkRequestSize(body.length);
        return batch(Source.API, NdjsonBodies.read(body, limits));
    }

    private Uni<Response> batch(Source source, List<Candidate> candidates) {
        return intake.submit(source, candidates).map(outcome -> Response.ok(outcome.result()).build());
    }

    private Uni<Response> single(JsonBodies.Parsed parsed) {
        return intake.submit(Source.API, parsed.candidates()).chain(outcome -> {
            if (!outcome.result().rejected().isEmpty()) {
                throw ProblemException.invalid(outcome.result().rejected().get(0).errors());
            }
            if (!outcome.published().isEmpty()) {
                var call = outcome.published().get(0);
                return Uni.createFrom().item(accepted(new Accepted(call.callId(), call.eventId(), false)));
            }
            String callId = parsed.candidates().get(0).callId();
            return intake.firstEventOf(callId).map(first -> accepted(new Accepted(callId, first, true)));
        });
    }

    private static Response accepted(Accepted body) {
        return Response.accepted(body).build();
    }

    /** What a client gets back for one record: the call, its event, and whether it had been published before. */
    public record Accepted(String callId, UUID eventId, boolean duplicate) {
    }
}
