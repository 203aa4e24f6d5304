package io.callqa.reporting.complaintsummary;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
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

@Path("/api/v1/reports/complaints")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class ComplaintSummaryResource {

    private final ComplaintRows rows;
    private final ComplaintSummaryConfig config;
    private final CenterConfig center;
    private final Caller caller;
    private final Clock clock;

    public ComplaintSummaryResource(ComplaintRows rows, ComplaintSummaryConfig config, CenterConfig center,
            Caller caller, Clock clock) {
        this.rows = rows;
        this.config = config;
        this.center = center;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "The weekly complaint summary (投诉汇总)",
            description = "Complaints received in the 7 days before the publication day (Thursday to Wednesday, "
                    + "center days) or in from..to: complaint id, agent id and name, call duration (mm:ss), content "
                    + "(customer data masked), handling (the complaint call's newest evaluation, or 'not evaluated "
                    + "yet') and the evaluator's comment. Agents see their own complaints, team leads their team's.")
    public Uni<Response> summary(
            @Parameter(description = "the publication day (a Thursday); default the latest", example = "2026-11-26")
            @QueryParam("date") String date,
            @Parameter(description = "first day, with to (instead of date)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "last day, inclusive", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "json, csv or html (else the Accept header)", example = "html")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        AccessScope scope = caller.scope();
        Format asked = Format.of(format, headers, true);
        ComplaintWeek week = new ComplaintWeek(config.publishDay());
        LocalDate publishedOn = null;
        Period period;
        if (from != null || to != null) {
            if (date != null) {
                throw ProblemException.invalid("date", "give either date or from and to");
            }
            period = Period.parse(null, null, null, from, to);
        } else {
            publishedOn = week.dateOf(date, LocalDate.now(clock.withZone(center.zone())));
            period = week.publishedOn(publishedOn);
        }
        LocalDate published = publishedOn;
        return rows.of(period).map(all -> {
            var visible = all.stream().filter(r -> scope.allows(r.agentId(), r.teamId())).toList();
            ComplaintSummary summary = new ComplaintSummary(period.start(), period.last(), published, visible.size(),
                    visible);
            return Reply.of(asked, summary, () -> ComplaintSummaryDocument.table(summary),
                    () -> ComplaintSummaryDocument.html(summary), "complaints-" + period.start() + "-" + period.last());
        });
    }
}
