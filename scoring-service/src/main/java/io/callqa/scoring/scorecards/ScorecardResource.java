package io.callqa.scoring.scorecards;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class ScorecardResource {

    private final Scorecards scorecards;
    private final ScorecardPublisher publisher;
    private final Caller caller;

    public ScorecardResource(Scorecards scorecards, ScorecardPublisher publisher, Caller caller) {
        this.scorecards = scorecards;
        this.publisher = publisher;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.QA_LEAD})
    @Operation(summary = "Create a scorecard: version 1 of a new id")
    @APIResponse(responseCode = "201", description = "created; Location names the version")
    @APIResponse(responseCode = "400", description = "invalid; each error names its field and item")
    @APIResponse(responseCode = "409", description = "the id exists; publish a new version of it instead")
    public Uni<Response> create(@NotNull ScorecardRequest request) {
        return Transactions.run(() -> publisher.create(request, caller.id())).map(ScorecardResource::created);
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.QA_LEAD})
    @Operation(summary = "Publish a change as the scorecard's next version; earlier evaluations keep theirs")
    @APIResponse(responseCode = "201", description = "published; Location names the version")
    public Uni<Response> newVersion(@PathParam("id") String id, @NotNull ScorecardRequest request) {
        return Transactions.run(() -> publisher.newVersion(id, request, caller.id())).map(ScorecardResource::created);
    }

    private static Response created(Scorecard card) {
        return Response.created(URI.create("/api/v1/scorecards/" + card.id() + "?version=" + card.version()))
                .entity(card).build();
    }

    @GET
    @WithSession
    @Operation(summary = "The newest version of every scorecard")
    public Uni<List<Scorecard>> list() {
        return scorecards.allCurrent();
    }

    @GET
    @Path("/{id}")
    @WithSession
    @Operation(summary = "A scorecard: its newest version, or the one asked for")
    public Uni<Scorecard> get(@PathParam("id") String id, @QueryParam("version") Integer version) {
        return version == null ? scorecards.current(id) : scorecards.version(id, version);
    }
}
