package io.callqa.reporting.qateam;

import java.time.Clock;
import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Roles;
import io.callqa.reporting.bulletin.BulletinGenerator;
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

@Path("/api/v1/reports/qa-team/appraisal")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class QaTeamResource {

    private final QaTeamFacts facts;
    private final QaTeamConfig config;
    private final BulletinGenerator bulletins;
    private final Clock clock;

    public QaTeamResource(QaTeamFacts facts, QaTeamConfig config, BulletinGenerator bulletins, Clock clock) {
        this.facts = facts;
        this.config = config;
        this.bulletins = bulletins;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "The QA team's own appraisal of a month",
            description = "From 100: −2 without a QA plan for the month, −3 per week (Monday–Sunday, Sunday in the "
                    + "month) whose bulletin was not published by its due time (Monday 08:00) plus the grace, −5 per "
                    + "GROUP_LEVEL complaint received in the month whose call's newest evaluation failed a red line "
                    + "or found a problem. Each deduction with its reason. QA staff only.")
    public Uni<Response> appraisal(
            @Parameter(description = "YYYY-MM", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "json, csv or html (else the Accept header)", example = "html")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("month", "is required (YYYY-MM)");
        }
        YearMonth asked = Period.parseMonth("month", month);
        Format rendition = Format.of(format, headers, true);
        QaTeamAppraisal.Points points = new QaTeamAppraisal.Points(config.base(), config.noPlan(),
                config.missingBulletin(), config.upheldGroupComplaint(), config.bulletinGrace());
        return facts.planSet(asked).chain(plan -> facts.bulletins(asked, bulletins.weeks())
                .chain(weeks -> facts.groupComplaints(asked).map(complaints ->
                        QaTeamAppraisal.of(asked, plan, weeks, complaints, clock.instant(), points))))
                .map(result -> Reply.of(rendition, result, () -> QaTeamDocument.table(result),
                        () -> QaTeamDocument.html(result), "qa-team-appraisal-" + asked));
    }
}
