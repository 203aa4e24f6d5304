package io.callqa.feedback.files;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.center.CenterConfig;
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

@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class QaFileResource {

    private final Caller caller;
    private final FollowUps followUps;
    private final CenterConfig center;

    public QaFileResource(Caller caller, FollowUps followUps, CenterConfig center) {
        this.caller = caller;
        this.followUps = followUps;
        this.center = center;
    }

    @GET
    @Path("/{agentId}/file")
    @WithSession
    @Operation(summary = "An agent's personal QA file (个人质检档案)",
            description = "An agent reads only their own; a team lead the evaluations made while the agent was in "
                    + "their team; QA staff everyone's.")
    public Uni<QaFileView> file(@PathParam("agentId") String agentId) {
        AccessScope scope = caller.checkMayAskAbout(agentId);
        return FileEntry.<FileEntry>list("agentId = ?1", agentId)
                .map(entries -> caller.visibleAbout(agentId, entries, e -> e.teamId))
                .chain(visible -> followUps.of(agentId, scope)
                        .map(followed -> QaFileView.of(agentId, visible, center.zone(), followed)));
    }
}
