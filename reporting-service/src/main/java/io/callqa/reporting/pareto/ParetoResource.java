package io.callqa.reporting.pareto;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/reports/pareto")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class ParetoResource {

    private final ItemLosses losses;
    private final ReportAccess access;
    private final ParetoConfig config;

    public ParetoResource(ItemLosses losses, ReportAccess access, ParetoConfig config) {
        this.losses = losses;
        this.access = access;
        this.config = config;
    }

    @GET
    @WithSession
    @Operation(summary = "The Pareto of deductions for the center, a team or an agent over a period",
            description = "Items by points lost (latest evaluation versions, by center day), most first, equal points "
                    + "by item id, with share and cumulative share; vitalFew marks the items up to and including the "
                    + "one where the cumulative share first reaches qa.reporting.pareto.cut (0.8). The center is for "
                    + "QA staff; a team lead may ask their team or its agents, an agent only their own agent scope.")
    public Uni<Response> pareto(
            @Parameter(description = "center (default), team or agent", example = "team")
            @QueryParam("scope") String scope,
            @Parameter(description = "the team, with scope=team", example = "t-3") @QueryParam("teamId") String teamId,
            @Parameter(description = "the agent, with scope=agent", example = "a-1007")
            @QueryParam("agentId") String agentId,
            @BeanParam PeriodParams periodParams,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ItemLosses.Scope kind = scope(scope);
        String id = kind == ItemLosses.Scope.TEAM ? required("teamId", teamId)
                : kind == ItemLosses.Scope.AGENT ? required("agentId", agentId) : null;
        Period period = periodParams.period();
        Format asked = Format.of(format, headers, true);
        return check(kind, id, period).chain(() -> losses.of(kind, id, period)).map(items -> {
            ParetoReport report = new ParetoReport(kind.name().toLowerCase(Locale.ROOT),
                    kind == ItemLosses.Scope.TEAM ? id : null, kind == ItemLosses.Scope.AGENT ? id : null,
                    period.label(), period.start(), period.last(), items.stream().mapToLong(ItemLoss::pointsLost).sum(),
                    config.cut(), ParetoReport.items(items, config.cut()));
            return Reply.of(asked, report, () -> ParetoPages.csv(report), () -> ParetoPages.html(report),
                    "pareto-" + report.scope() + (id == null ? "" : "-" + id) + "-" + period.label());
        });
    }

    private Uni<?> check(ItemLosses.Scope kind, String id, Period period) {
        if (kind == ItemLosses.Scope.AGENT) {
            return access.checkAgent(id, period);
        }
        if (kind == ItemLosses.Scope.TEAM) {
            access.checkTeam(id);
        } else {
            access.checkCenter();
        }
        return Uni.createFrom().voidItem();
    }

    private static ItemLosses.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return ItemLosses.Scope.CENTER;
        }
        try {
            return ItemLosses.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scope", "must be center, team or agent");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            String scope = field.equals("teamId") ? "team" : "agent";
            throw ProblemException.invalid(field, "is required with scope=" + scope);
        }
        return value.strip();
    }
}
