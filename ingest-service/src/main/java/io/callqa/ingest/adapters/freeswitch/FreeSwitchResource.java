package io.callqa.ingest.adapters.freeswitch;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;

import io.callqa.ingest.intake.CallIntake;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * FreeSWITCH mod_json_cdr posts one CDR per call leg here, authenticated with HTTP Basic (the password is an API
 * key: {@code cred} in json_cdr.conf.xml). A member leg of mod_callcenter (or the A-leg of a plain bridged call)
 * becomes a call; agent legs and B-legs are acknowledged with 200 and ignored, so the module does not retry them.
 * An invalid CDR answers 400 naming the field: the module then retries and finally keeps it in its error-log
 * directory, where an operator can see it.
 */
@Path("/api/v1/adapters/freeswitch/json-cdr")
@RolesAllowed(Roles.ACD)
@Blocking
public class FreeSwitchResource {

    static final String BASE64_FORM = "application/x-www-form-base64-encoded";

    private final CallIntake intake;
    private final RequestLimits limits;

    public FreeSwitchResource(CallIntake intake, RequestLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    /** What became of one CDR. */
    public record CdrResult(String outcome, String callId, String reason) {

        static CdrResult of(CallIntake.Outcome outcome, String callId) {
            return outcome.published().isEmpty() ? new CdrResult("DUPLICATE", callId, "published before")
                    : new CdrResult("ACCEPTED", callId, null);
        }
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, BASE64_FORM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a FreeSWITCH mod_json_cdr CDR", description = "The raw JSON body, or the form "
            + "body cdr=<url-encoded JSON> (or base64). Answers 200 {outcome ACCEPTED|DUPLICATE|IGNORED, callId, "
            + "reason}; 400 naming the field for a CDR that cannot become a valid call.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "published, already published, or an ignored leg",
            content = @Content(schema = @Schema(implementation = CdrResult.class)))
    @APIResponse(responseCode = "400", description = "not a CDR, or not a valid call; each bad field is named")
    public Uni<CdrResult> cdr(byte[] body, @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        limits.checkRequestSize(body.length);
        CdrOutcome mapped = JsonCdrMapper.map(JsonCdrBody.parse(contentType, body));
        if (mapped instanceof CdrOutcome.Ignored ignored) {
            return Uni.createFrom().item(new CdrResult("IGNORED", ignored.legUuid(), ignored.reason()));
        }
        var candidate = ((CdrOutcome.Call) mapped).candidate();
        return intake.submit(Source.FREESWITCH, List.of(candidate)).map(outcome -> {
            if (!outcome.result().rejected().isEmpty()) {
                throw ProblemException.invalid(outcome.result().rejected().get(0).errors());
            }
            return CdrResult.of(outcome, candidate.callId());
        });
    }
}
