package io.callqa.feedback.floorwalks;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.feedback.knowledge.QueryInstants;
import io.callqa.feedback.roster.TeamMembership;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/floor-walks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class FloorWalkResource {

    private final FloorWalks walks;
    private final Caller caller;
    private final TeamMembership membership;

    public FloorWalkResource(FloorWalks walks, Caller caller, TeamMembership membership) {
        this.walks = walks;
        this.caller = caller;
        this.membership = membership;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Record a floor walk (巡检); knowledgeGap=true also opens a knowledge gap",
            description = "A team lead records walks of their own team only.")
    @APIResponse(responseCode = "201", description = "recorded; Location names it")
    @APIResponse(responseCode = "400", description = "a bad field, named (at in the future, issue missing, …)")
    @APIResponse(responseCode = "403", description = "a team lead naming another team")
    public Uni<Response> record(@Valid @NotNull FloorWalkRequest request) {
        AccessScope scope = caller.scope();
        if (scope.kind() == AccessScope.Kind.TEAM && !scope.id().equals(request.teamId().trim())) {
            throw ProblemException.forbidden("you may record floor walks of team " + scope.id() + " only, not "
                    + request.teamId());
        }
        return Transactions.run(() -> membership.check(caller, request.agentId().trim(), request.teamId(), false)
                        .chain(() -> walks.record(request, caller.id()))).map(w -> Response
                .created(URI.create("/api/v1/floor-walks/" + w.floorWalkId)).entity(FloorWalkView.of(w)).build());
    }

    @GET
    @WithSession
    @Operation(summary = "Floor walks, newest first",
            description = "QA staff see every walk, a team lead their team's, an agent their own; filters narrow "
                    + "further. from/to are instants on when the walk happened.")
    @APIResponse(responseCode = "403", description = "an agent asking about another agent, a team lead about "
            + "another team")
    public Uni<FloorWalkPage> list(
            @Parameter(description = "only this agent's walks") @QueryParam("agentId") String agentId,
            @Parameter(description = "only this team's walks") @QueryParam("teamId") String teamId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AccessScope scope = caller.scope();
        String agent = blankToNull(agentId);
        String team = blankToNull(teamId);
        if (agent != null) {
            caller.checkMayAskAbout(agent);
        }
        if (team != null && scope.kind() == AccessScope.Kind.TEAM && !scope.id().equals(team)) {
            throw ProblemException.forbidden("you may see the floor walks of team " + scope.id() + " only");
        }
        QueryInstants range = QueryInstants.parse(from, to);
        return walks.page(scope, new FloorWalks.Filter(agent, team, range.from(), range.to()), page, size);
    }

    @GET
    @Path("/{floorWalkId}")
    @WithSession
    @Operation(summary = "One floor walk; one the caller may not see answers 404, like an unknown one")
    public Uni<FloorWalkView> get(@PathParam("floorWalkId") UUID floorWalkId) {
        AccessScope scope = caller.scope();
        return FloorWalk.<FloorWalk>findById(floorWalkId).map(w -> {
            if (w == null || !scope.allows(w.agentId, w.teamId)) {
                throw ProblemException.notFound("no floor walk " + floorWalkId);
            }
            return FloorWalkView.of(w);
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
