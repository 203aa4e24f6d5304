package io.callqa.ingest.roster;

import java.time.Clock;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.ingest.intake.JsonBodies;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.publish.EventPublisher;
import io.callqa.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/agents")
@RolesAllowed({Roles.ACD, Roles.ADMIN})
@Blocking
public class RosterResource {

    private final EventPublisher publisher;
    private final RequestLimits limits;
    private final Clock clock;

    public RosterResource(EventPublisher publisher, RequestLimits limits, Clock clock) {
        this.publisher = publisher;
        this.limits = limits;
        this.clock = clock;
    }

    /** One roster entry as an ACD or HR system sends it. */
    public record Entry(String agentId, String name, String teamId, String supervisorId,
            @Schema(format = "date", example = "2026-11-02") String hireDate, Boolean active) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upsert agents of the roster", description = "One entry or an array of entries "
            + "(agentId, name, teamId, supervisorId, hireDate as YYYY-MM-DD, active). Each valid entry is "
            + "published as AgentUpdated on qa.roster.v1, keyed by agent, before the answer; invalid entries are "
            + "listed with their errors and the others still published.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {Entry.class, Entry[].class})))
    @APIResponse(responseCode = "200", description = "entries processed",
            content = @Content(schema = @Schema(implementation = RosterResult.class)))
    public Uni<RosterResult> upsert(byte[] body) {
        limits.checkRequestSize(body.length);
        Instant now = clock.instant();
        RosterEntries.Screened screened = RosterEntries.screen(JsonBodies.read(body, limits).candidates(), now);
        return publisher.publish(screened.valid())
                .replaceWith(new RosterResult(screened.valid().size(), screened.rejected()));
    }
}
