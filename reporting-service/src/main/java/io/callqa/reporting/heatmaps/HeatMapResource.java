package io.callqa.reporting.heatmaps;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.reporting.periods.Period;
import io.callqa.reporting.periods.PeriodParams;
import io.callqa.reporting.render.Format;
import io.callqa.reporting.render.Reply;
import io.callqa.reporting.scorecards.ReportAccess;
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

@Path("/api/v1/reports/heatmaps/teams")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class HeatMapResource {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final HeatMapQueries queries;
    private final ReportAccess access;
    private final Caller caller;

    public HeatMapResource(HeatMapQueries queries, ReportAccess access, Caller caller) {
        this.queries = queries;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "Heat map team × item: points lost per evaluation",
            description = "Latest evaluation versions by center day. Columns: the items with any points lost in the "
                    + "period, most first, at most limit. A cell is the team's points lost on the item divided by its "
                    + "evaluations (null without evaluations). QA staff see every team, a team lead only their row.")
    public Uni<Response> teams(
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "most columns, 1–100 (default 20)", example = "20")
            @QueryParam("limit") String limit,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Period period = periodParams.period();
        int columns = limit(limit);
        Format asked = Format.of(format, headers, true);
        AccessScope scope = caller.scope();
        String team = scope.teamFilter();
        return queries.of(HeatMapQueries.Rows.TEAMS, team, period)
                .map(data -> reply(asked, HeatMapReport.of("team", null, period, columns, withRow(data, team)),
                        "heatmap-teams-" + period.label()));
    }

    @GET
    @Path("/{teamId}/agents")
    @WithSession
    @Operation(summary = "Heat map agent × item within a team: points lost per evaluation",
            description = "The team's agents (roster and evaluated in the team) × the items the team lost points on, "
                    + "most first, at most limit; a cell is the agent's points lost on the item in the team divided by "
                    + "their evaluations there (null without evaluations). The team's lead and QA staff only.")
    public Uni<Response> agents(
            @Parameter(description = "the team", example = "t-3") @PathParam("teamId") String teamId,
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "most columns, 1–100 (default 20)", example = "20")
            @QueryParam("limit") String limit,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Period period = periodParams.period();
        int columns = limit(limit);
        Format asked = Format.of(format, headers, true);
        access.checkTeam(teamId);
        return queries.of(HeatMapQueries.Rows.AGENTS, teamId, period)
                .map(data -> reply(asked, HeatMapReport.of("agent", teamId, period, columns, data),
                        "heatmap-" + teamId + "-" + period.label()));
    }

    private static Response reply(Format format, HeatMapReport report, String filename) {
        return Reply.of(format, report, () -> HeatMapPages.csv(report), () -> HeatMapPages.html(report), filename);
    }

    /** A team lead's own row is shown even when the team had no evaluations and the roster does not know it. */
    private static HeatMapQueries.Data withRow(HeatMapQueries.Data data, String team) {
        if (team == null || data.rows().stream().anyMatch(r -> r.id().equals(team))) {
            return data;
        }
        List<HeatMap.Row> rows = new ArrayList<>(data.rows());
        rows.add(new HeatMap.Row(team, 0));
        return new HeatMapQueries.Data(rows, data.losses(), data.items());
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // a 400 below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
