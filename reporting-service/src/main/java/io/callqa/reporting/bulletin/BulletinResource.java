package io.callqa.reporting.bulletin;

import java.time.Clock;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.reporting.periods.Period;
import io.callqa.reporting.render.Format;
import io.callqa.reporting.render.Reply;
import io.callqa.reporting.render.Table;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/reports/bulletins")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class BulletinResource {

    private final BulletinStore store;
    private final BulletinGenerator generator;
    private final Caller caller;
    private final Clock clock;

    public BulletinResource(BulletinStore store, BulletinGenerator generator, Caller caller, Clock clock) {
        this.store = store;
        this.generator = generator;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "The published weekly QA bulletins (质检周报), newest week first",
            description = "Each kept bulletin's week, when and by whom ('schedule' or a person) it was last "
                    + "generated, and its version (1 + regenerations). JSON or CSV.")
    public Uni<Response> list(
            @Parameter(description = "json or csv (else the Accept header)", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        caller.scope();
        Format asked = Format.of(format, headers, false);
        return store.list().map(entries -> Reply.of(asked, entries, () -> entries(entries), null, "bulletins"));
    }

    @GET
    @Path("/{week}")
    @WithSession
    @Operation(summary = "One week's QA bulletin as kept",
            description = "The problems heard (most-deducted items, quoted examples with customer data masked), the "
                    + "correct handling, the deductions per agent and the excellent recordings. Everyone sees the "
                    + "published sections; the deductions per agent are limited to the caller's own row (agent) or "
                    + "team (team lead). 404 when the week's bulletin has not been generated.")
    public Uni<Response> get(@Parameter(description = "ISO week", example = "2026-W47") @PathParam("week") String week,
            @Parameter(description = "json, csv or html (else the Accept header)", example = "html")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Period period = Period.parseWeek(week);
        AccessScope scope = caller.scope();
        Format asked = Format.of(format, headers, true);
        return store.find(period.start()).map(stored -> {
            if (stored == null) {
                throw ProblemException.notFound("no bulletin has been generated for " + period.label());
            }
            BulletinView view = BulletinView.of(stored, scope);
            return Reply.of(asked, view, () -> BulletinDocument.table(view), () -> BulletinDocument.html(view),
                    "bulletin-" + period.label());
        });
    }

    @POST
    @Path("/{week}/regenerate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
    @Operation(summary = "Generate a week's bulletin again (or for the first time) from the current read models",
            description = "Replaces the kept content, records the caller as its generator and counts up the version. "
                    + "400 for a week that is not over yet (center zone).")
    public Uni<BulletinView> regenerate(
            @Parameter(description = "ISO week", example = "2026-W47") @PathParam("week") String week) {
        Period period = Period.parseWeek(week);
        if (!generator.weeks().isOver(period.start(), clock.instant())) {
            throw ProblemException.invalid("week", period.label() + " is not over yet: its bulletin can be generated "
                    + "from the Monday after it");
        }
        AccessScope scope = caller.scope();
        return generator.regenerate(period, caller.id()).map(stored -> BulletinView.of(stored, scope));
    }

    private static Table entries(List<StoredBulletin.Entry> entries) {
        Table.Builder t = Table.of("week", "week_start", "week_end", "first_generated_at", "generated_at",
                "generated_by", "version");
        entries.forEach(e -> t.row(e.week(), e.weekStart(), e.weekEnd(), e.firstGeneratedAt(), e.generatedAt(),
                e.generatedBy(), e.version()));
        return t.build();
    }
}
