package io.callqa.reporting.scorecards;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.security.Roles;
import io.callqa.reporting.periods.Period;
import io.callqa.reporting.periods.PeriodParams;
import io.callqa.reporting.render.Format;
import io.callqa.reporting.render.Reply;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/reports/scorecards")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class ScorecardResource {

    private final Scorecards scorecards;
    private final ReportAccess access;

    public ScorecardResource(Scorecards scorecards, ReportAccess access) {
        this.scorecards = scorecards;
        this.access = access;
    }

    @GET
    @Path("/agents/{agentId}")
    @WithSession
    @Operation(summary = "An agent's scorecard for a week, month, quarter or range",
            description = "Latest evaluation versions by center day: evaluations, average, minimum, critical failures, "
                    + "points lost per item, change against the previous period, rank within the team (competition "
                    + "ranking by average) and the 95% confidence interval on the average (Student's t), flagged "
                    + "tooFewEvaluations below two evaluations or when wider than "
                    + "qa.reporting.scorecards.max-half-width. "
                    + "An agent reads only their own, a team lead their team's agents, QA staff anyone's.")
    public Uni<Response> agent(
            @Parameter(description = "the agent", example = "a-1007") @PathParam("agentId") String agentId,
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Period period = periodParams.period();
        Format asked = Format.of(format, headers, true);
        return access.checkAgent(agentId, period).chain(team -> scorecards.agent(agentId, team, period))
                .map(s -> Reply.of(asked, s, () -> ScorecardPages.csv(s), () -> ScorecardPages.html(s),
                        "scorecard-" + agentId + "-" + period.label()));
    }

    @GET
    @Path("/teams/{teamId}")
    @WithSession
    @Operation(summary = "A team's scorecard for a week, month, quarter or range, with one row per agent",
            description = "The team's figures over the evaluations made in it, its points lost per item, and each "
                    + "agent of the team (roster and evaluated) with their figures in the team, rank and confidence "
                    + "interval. The team's lead and QA staff only.")
    public Uni<Response> team(
            @Parameter(description = "the team", example = "t-3") @PathParam("teamId") String teamId,
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Period period = periodParams.period();
        Format asked = Format.of(format, headers, true);
        access.checkTeam(teamId);
        return scorecards.team(teamId, period)
                .map(s -> Reply.of(asked, s, () -> ScorecardPages.csv(s), () -> ScorecardPages.html(s),
                        "scorecard-" + teamId + "-" + period.label()));
    }
}
