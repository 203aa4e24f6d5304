package io.callqa.feedback.files;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
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

@Path("/api/v1/teams/{teamId}/files")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class TeamFilesResource {

    private final Caller caller;
    private final FollowUps followUps;
    private final CenterConfig center;

    public TeamFilesResource(Caller caller, FollowUps followUps, CenterConfig center) {
        this.caller = caller;
        this.followUps = followUps;
        this.center = center;
    }

    @GET
    @WithSession
    @Operation(summary = "A team's QA files side by side (按各班各人分类整理存档)",
            description = "The evaluations made in the team, one row per agent. A team lead reads their own team's; "
                    + "QA staff every team's.")
    @APIResponse(responseCode = "403", description = "another team's files, or an agent")
    public Uni<TeamFilesView> files(@PathParam("teamId") String teamId) {
        AccessScope scope = caller.scope();
        if (!scope.allows(null, teamId)) {
            throw ProblemException.forbidden("team " + teamId + " is not your team");
        }
        return FileEntry.<FileEntry>list("teamId = ?1", teamId).chain(entries -> followUps
                .ofTeam(teamId, entries.stream().map(e -> e.agentId).distinct().toList())
                .map(followed -> TeamFilesView.of(teamId, entries, center.zone(), followed)));
    }
}
