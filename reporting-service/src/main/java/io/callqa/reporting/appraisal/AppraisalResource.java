package io.callqa.reporting.appraisal;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.reporting.access.TeamParameter;
import io.callqa.reporting.periods.Period;
import io.callqa.reporting.render.Format;
import io.callqa.reporting.render.Reply;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The quarterly appraisal (绩效考核): QA staff for any scope, a team lead their team, an agent their own row. */
@Path("/api/v1/reports/appraisal")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class AppraisalResource {

    private final AppraisalQuery query;
    private final AppraisalRules rules;
    private final Caller caller;

    public AppraisalResource(AppraisalQuery query, AppraisalRules rules, Caller caller) {
        this.query = query;
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "Quarterly appraisal per agent: quality, efficiency, satisfaction, score and rank",
            description = "For each agent with calls or evaluations in the quarter (in the team, when teamId is "
                    + "given): quality (average QA score, first-contact resolution, critical failures), efficiency "
                    + "(average handle time, answer speed), satisfaction (average CSAT, complaints per 1,000 answered "
                    + "calls), each as a 0–100 sub-score, their weighted sum and the competition rank among the "
                    + "agents of the team or center. An agent sees only their own row; a team lead only their team.")
    public Uni<Response> quarter(
            @Parameter(description = "YYYY-Qn", example = "2033-Q1") @QueryParam("quarter") String quarter,
            @Parameter(description = "one team; default the whole center (a team lead: their team)", example = "t-1")
            @QueryParam("teamId") String teamId,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Format asked = Format.of(format, headers, true);
        if (quarter == null || quarter.isBlank()) {
            throw ProblemException.invalid("quarter", "is required (YYYY-Qn, e.g. 2026-Q4)");
        }
        Period period = Period.parseQuarter(quarter);
        AccessScope scope = caller.scope();
        String team = TeamParameter.resolve(scope, teamId);
        return query.of(period, team)
                .map(figures -> Appraisals.rank(period, team, rules, figures))
                .map(report -> scope.agentFilter() == null ? report : Appraisals.only(report, scope.agentFilter()))
                .map(report -> Reply.of(asked, report, () -> AppraisalDocument.table(report),
                        () -> AppraisalDocument.html(report), "appraisal-" + report.quarter()));
    }
}
