package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/samples/{sampleId}/task")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN})
public class SampleTaskResource {

    private final Caller caller;
    private final Clock clock;

    public SampleTaskResource(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "The task made from a sample (as named by SampleSelected)")
    @APIResponse(responseCode = "404", description = "no such sample here, or outside the caller's scope")
    public Uni<TaskView> task(@PathParam("sampleId") UUID sampleId) {
        return Task.<Task>find("sampleId", sampleId).firstResult().map(task -> {
            if (!TaskAccess.visible(task, caller)) {
                throw ProblemException.notFound("no sample " + sampleId);
            }
            return TaskView.of(task, clock.instant());
        });
    }
}
