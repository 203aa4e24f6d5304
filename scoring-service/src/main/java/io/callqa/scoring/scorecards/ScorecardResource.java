package io.callqa.scoring.scorecards;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
@WithSession
public class ScorecardResource {

    private final Scorecards scorecards;

    public ScorecardResource(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Operation(summary = "The newest version of every scorecard")
    public Uni<List<Scorecard>> list() {
        return scorecards.allCurrent();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A scorecard: its newest version, or the one asked for")
    public Uni<Scorecard> get(@PathParam("id") String id, @QueryParam("version") Integer version) {
        return version == null ? scorecards.current(id) : scorecards.version(id, version);
    }
}
