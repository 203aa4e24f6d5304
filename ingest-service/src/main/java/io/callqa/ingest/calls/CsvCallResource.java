package io.callqa.ingest.calls;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.ingest.intake.BatchResult;
import io.callqa.ingest.intake.CallIntake;
import io.callqa.ingest.intake.CsvBodies;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Source;
import io.callqa.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/calls/csv")
@RolesAllowed(Roles.ACD)
@Blocking
public class CsvCallResource {

    private final CallIntake intake;
    private final RequestLimits limits;

    public CsvCallResource(CallIntake intake, RequestLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a batch of call records as CSV", description = "A header row of normalised field "
            + "names (callId, channel, direction, queueId, agentId, teamId, callerNumber, enqueuedAt, answeredAt, "
            + "endedAt, talkSeconds, holdSeconds, releasedBy, recordingUri, wrapUpCode, csat, transcript as JSON); "
            + "one call per row, RFC 4180 quoting, empty cell = no value. Index 0 is the first row after the header.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "the rows were processed",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "unreadable CSV or a header naming unknown fields")
    public Uni<BatchResult> csv(byte[] body) {
        limits.checkRequestSize(body.length);
        return intake.submit(Source.CSV, CsvBodies.read(body, limits)).map(CallIntake.Outcome::result);
    }
}
