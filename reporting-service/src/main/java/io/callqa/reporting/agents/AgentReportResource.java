package io.callqa.reporting.agents;

import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reports/agents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class AgentReportResource {

    private final Caller caller;

    public AgentReportResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/{agentId}")
    @WithSession
    @Operation(summary = "An agent's month: number of evaluations and their average score",
            description = "The month is the release month in the center's time zone. An agent reads only their own; "
                    + "a team lead their team's; QA staff everyone's.")
    public Uni<AgentReport> month(@PathParam("agentId") String agentId,
            @Parameter(description = "YYYY-MM", example = "2026-11") @QueryParam("month") @NotNull YearMonth month) {
        caller.checkMayAskAbout(agentId);
        return EvaluationFact.<EvaluationFact>list("agentId = ?1 and month = ?2", agentId, month.toString())
                .map(facts -> AgentReport.of(agentId, month.toString(),
                        caller.visibleAbout(agentId, facts, f -> f.teamId)));
    }
}
