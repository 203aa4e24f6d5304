package io.callqa.reporting.rebuild;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class RebuildResource {

    private final Rebuilder rebuilder;
    private final RebuildRuns runs;
    private final Caller caller;

    public RebuildResource(Rebuilder rebuilder, RebuildRuns runs, Caller caller) {
        this.rebuilder = rebuilder;
        this.runs = runs;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Rebuild the read models from the topics",
            description = "Replays every topic from the beginning into fresh tables, then puts them in place of the "
                    + "live ones in one transaction; reports answer from the live tables meanwhile. Answers 202 with "
                    + "the run to follow at its Location; 409 while another rebuild runs. Admin only.")
    public Response rebuild() {
        RebuildRun run = rebuilder.start(caller.id());
        return Response.accepted(run).location(URI.create("/api/v1/admin/rebuild/" + run.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rebuild: RUNNING, DONE or FAILED, with the events applied and skipped so far")
    public RebuildRun run(@PathParam("id") UUID id) {
        return runs.find(id).orElseThrow(() -> ProblemException.notFound("no rebuild " + id));
    }

    @GET
    @Operation(summary = "The 20 latest rebuilds, newest first")
    public List<RebuildRun> latest() {
        return runs.latest(20);
    }
}
