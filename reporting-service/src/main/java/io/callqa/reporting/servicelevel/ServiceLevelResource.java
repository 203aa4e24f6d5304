package io.callqa.reporting.servicelevel;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.center.CenterConfig;
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

/** The service-level grid; not personal data, so team leads read it as QA staff do (agents do not). */
@Path("/api/v1/reports/service-level")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class ServiceLevelResource {

    private final ServiceLevelQuery query;
    private final CenterConfig center;

    public ServiceLevelResource(ServiceLevelQuery query, CenterConfig center) {
        this.query = query;
        this.center = center;
    }

    @GET
    @WithSession
    @Operation(summary = "Day × interval grid of the 20-second service level, with answer speed and abandon rate",
            description = "Rows are the days of the period (at most 31), columns the intervals' start times of day "
                    + "(HH:mm, center zone); a cell is answered within 20 s ÷ offered (4 decimals), null when nothing "
                    + "was offered; `missed` lists the day's intervals with the verdict MISSED. Each day and the "
                    + "period have their totals, answer speed (seconds, average wait of answered calls) and abandon "
                    + "rate from the call records of the same scope. JSON, CSV (?format=csv) or HTML (?format=html).")
    public Uni<Response> grid(
            @Parameter(description = "ISO week", example = "2033-W10") @QueryParam("week") String week,
            @Parameter(description = "month", example = "2033-03") @QueryParam("month") String month,
            @Parameter(description = "first day (with to)", example = "2033-03-01") @QueryParam("from") String from,
            @Parameter(description = "last day, inclusive", example = "2033-03-07") @QueryParam("to") String to,
            @Parameter(description = "center (default) or queue (default when queueId is given)", example = "queue")
            @QueryParam("scope") String scope,
            @Parameter(description = "the queue, with scope=queue", example = "q-billing")
            @QueryParam("queueId") String queueId,
            @Parameter(description = "interval length; default the most common one in the period", example = "15")
            @QueryParam("lengthMinutes") String lengthMinutes,
            @Parameter(description = "json, csv or html", example = "html") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Format asked = Format.of(format, headers, true);
        Period period = ServiceLevelScope.checkLength(Period.parse(week, month, null, from, to));
        ServiceLevelScope asking = ServiceLevelScope.parse(scope, queueId, lengthMinutes);
        return report(asking, period).map(report -> Reply.of(asked, report, () -> ServiceLevelDocument.table(report),
                () -> ServiceLevelDocument.html(report), "service-level-" + report.period()));
    }

    private Uni<ServiceLevelReport> report(ServiceLevelScope asking, Period period) {
        ZoneId zone = center.zone();
        Uni<Integer> length = asking.lengthMinutes() != null ? Uni.createFrom().item(asking.lengthMinutes())
                : query.commonLength(asking, period, zone);
        return length.chain(minutes -> intervals(asking, minutes, period, zone)
                .chain(rows -> query.calls(asking, period)
                        .map(calls -> ServiceLevelGrid.build(period, asking.scope().toLowerCase(Locale.ROOT),
                                asking.queueId(), minutes, rows, calls))));
    }

    private Uni<List<IntervalRow>> intervals(ServiceLevelScope asking, Integer minutes, Period period, ZoneId zone) {
        return minutes == null ? Uni.createFrom().item(List.of()) : query.intervals(asking, minutes, period, zone);
    }
}
