package io.callqa.ingest.adapters.asterisk;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Utf8;
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

@Path("/api/v1/adapters/asterisk/queue-log")
@RolesAllowed(Roles.ACD)
@Blocking
public class QueueLogResource {

    private final QueueLogUploads uploads;
    private final RequestLimits limits;

    public QueueLogResource(QueueLogUploads uploads, RequestLimits limits) {
        this.uploads = uploads;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept Asterisk queue_log lines", description = "Lines epoch|callid|queue|agent|EVENT|"
            + "data... ENTERQUEUE + CONNECT + COMPLETECALLER/COMPLETEAGENT/BLINDTRANSFER/ATTENDEDTRANSFER make an "
            + "answered call; ENTERQUEUE + ABANDON/EXITWITHTIMEOUT/EXITEMPTY/EXITWITHKEY an abandoned one. Calls "
            + "not ended at the end of the upload are listed under pending, kept, and completed by a later upload. "
            + "A later queue stay of the same channel is the call <callid>:<epoch it entered that queue>.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "the lines were processed",
            content = @Content(schema = @Schema(implementation = QueueLogResult.class)))
    public Uni<QueueLogResult> upload(byte[] body) {
        limits.checkRequestSize(body.length);
        String text = Utf8.decode(body);
        if (text.isBlank()) {
            throw ProblemException.invalid("body", "is empty; send queue_log lines");
        }
        return uploads.upload(text);
    }
}
