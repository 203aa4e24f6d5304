package io.callqa.reporting.operations;

import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
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

/** The QA team's month: QA leads and admins see every evaluator, an evaluator only their own row. */
@Path("/api/v1/reports/qa-operations")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class QaOperationsResource {

    private final QaOperationsQuery query;
    private final Caller caller;
    private final CenterConfig center;

    public QaOperationsResource(QaOperationsQuery query, Caller caller, CenterConfig center) {
        this.query = query;
        this.caller = caller;
        this.center = center;
    }

    @GET
    @WithSession
    @Operation(summary = "QA operations: plan completion, calibration and appeals of a month",
            description = "Per evaluator (those with a plan target or with evaluations first released in the month): "
                    + "target, evaluations done, completion %, the latest calibration up to the month's end "
                    + "(deviation, flag) and the appeals on their evaluations. For the center: appeal rate (appeals "
                    + "on the month's evaluations ÷ evaluations), upheld share and hours to decision (average, "
                    + "median) of the appeals decided in the month. An evaluator sees only their own row.")
    public Uni<Response> month(
            @Parameter(description = "YYYY-MM", example = "2033-03") @QueryParam("month") String month,
            @Parameter(description = "json, csv or html", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Format asked = Format.of(format, headers, true);
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("month", "is required (YYYY-MM)");
        }
        YearMonth ym = Period.parseMonth("month", month);
        String person = caller.hasRole(Roles.QA_LEAD) || caller.hasRole(Roles.ADMIN) ? null : caller.id();
        return query.evaluators(ym, center.zone(), person)
                .chain(rows -> query.appeals(ym, center.zone())
                        .map(r -> new QaOperationsReport(ym.toString(), QaOperationsQuery.planSet(r), rows,
                                QaOperationsQuery.appealsOf(r))))
                .map(report -> Reply.of(asked, report, () -> QaOperationsDocument.table(report),
                        () -> QaOperationsDocument.html(report), "qa-operations-" + report.month()));
    }
}
