package io.callqa.ingest.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.events.ComplaintReceived;
import io.callqa.ingest.intake.JsonBodies;
import io.callqa.ingest.intake.PublishOnce;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/complaints")
@RolesAllowed({Roles.ACD, Roles.ADMIN, Roles.QA_LEAD})
@Blocking
public class ComplaintResource {

    static final String KIND = "complaint";

    private final PublishOnce once;
    private final RequestLimits limits;
    private final Clock clock;

    public ComplaintResource(PublishOnce once, RequestLimits limits, Clock clock) {
        this.once = once;
        this.limits = limits;
        this.clock = clock;
    }

    /** One complaint ticket (投诉工单). */
    public record Ticket(String complaintId, String callId, String agentId,
            @Schema(example = "2026-11-02T10:15:00+08:00") String receivedAt, String category,
            @Schema(enumeration = {"NORMAL", "GROUP_LEVEL"}) String severity, String summary) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register complaints", description = "One ticket or an array (complaintId, callId, "
            + "agentId?, receivedAt, category, severity NORMAL|GROUP_LEVEL, summary). Each valid ticket is "
            + "published once per complaintId within the deduplication window as ComplaintReceived on "
            + "qa.complaints.v1 before the answer; mobile numbers in the summary are masked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {Ticket.class, Ticket[].class})))
    @APIResponse(responseCode = "200", description = "tickets processed",
            content = @Content(schema = @Schema(implementation = ComplaintResult.class)))
    public Uni<ComplaintResult> register(byte[] body) {
        limits.checkRequestSize(body.length);
        Instant now = clock.instant();
        Complaints.Screened screened = Complaints.screen(JsonBodies.read(body, limits).candidates(), now);
        List<PublishOnce.Claimed<ComplaintReceived>> claims = screened.valid().stream()
                .map(c -> new PublishOnce.Claimed<>(c, c.complaintId(), null)).toList();
        return once.publish(KIND, claims, now).map(published -> new ComplaintResult(published.size(),
                claims.size() - published.size(), screened.rejected()));
    }
}
