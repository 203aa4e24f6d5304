package io.callqa.reporting.coverage;

import java.time.Clock;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.reporting.access.TeamParameter;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Samples by rule and mode, evaluated versus sampled, overdue: QA staff for any team, a team lead for their own. */
@Path("/api/v1/reports/coverage")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class CoverageResource {

    private final CoverageQuery query;
    private final Caller caller;
    private final Clock clock;

    public CoverageResource(CoverageQuery query, Caller caller, Clock clock) {
        this.query = query;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "Sampling coverage: samples by rule and mode, evaluated versus sampled, overdue",
            description = "Samples selected in the period (center days). A sample picked by several rules counts "
                    + "under each of them and once in the total. Evaluated = has an evaluation; overdue = not "
                    + "evaluated and past its due time, as of now. A team lead sees only their team (another teamId "
                    + "is a 403). JSON, CSV (?format=csv) or HTML with bars per rule (?format=html).")
    public Uni<Response> coverage(
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "one team; default the whole center (a team lead: their team)", example = "t-1")
            @QueryParam("teamId") String teamId,
            @Parameter(description = "json, csv or html", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Format asked = Format.of(format, headers, true);
        Period period = periodParams.period();
        String team = TeamParameter.resolve(caller.scope(), teamId);
        return query.of(period, team, clock.instant()).map(report -> Reply.of(asked, report,
                () -> CoverageDocument.table(report), () -> CoverageDocument.html(report),
                "coverage-" + report.period()));
    }
}
