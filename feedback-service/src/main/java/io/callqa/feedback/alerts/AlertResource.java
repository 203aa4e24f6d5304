package io.callqa.feedback.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The alerts a lead may see, newest first, and their acknowledgement. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD, Roles.ADMIN})
public class AlertResource {

    private final Caller caller;
    private final Clock clock;

    public AlertResource(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "Alerts the caller may see, newest first: a team lead their team's, QA leads all; "
            + "?kind=, ?acknowledged=true|false, ?agentId=, ?before=<id> for the next page, ?limit= (1–500, 50)")
    public Uni<List<AlertView>> list(@QueryParam("kind") String kind, @QueryParam("acknowledged") String acknowledged,
            @QueryParam("agentId") String agentId, @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        AlertAudience audience = AlertAudience.of(caller.scope());
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            add(where, args, "kind = ?", parseKind(kind).name());
        }
        if (acknowledged != null) {
            where.add(parseBoolean(acknowledged) ? "acknowledgedAt is not null" : "acknowledgedAt is null");
        }
        if (agentId != null) {
            add(where, args, "agentId = ?", agentId);
        }
        if (before != null) {
            add(where, args, "id < ?", before);
        }
        if (audience.team() != null) {
            add(where, args, "teamId = ?", audience.team());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        return Alert.<Alert>find(query, args.toArray()).page(Page.ofSize(limit)).list()
                .map(alerts -> alerts.stream().map(AlertView::of).toList());
    }

    @POST
    @Path("/{alertId}/acknowledge")
    @Operation(summary = "Acknowledge an alert: who and when are recorded")
    @APIResponse(responseCode = "403", description = "the alert is about another team")
    @APIResponse(responseCode = "404", description = "no such alert")
    @APIResponse(responseCode = "409", description = "already acknowledged (the answer says by whom and when)")
    public Uni<AlertView> acknowledge(@PathParam("alertId") long alertId) {
        AlertAudience audience = AlertAudience.of(caller.scope());
        return Transactions.run(() -> Alert.<Alert>findById(alertId, LockModeType.PESSIMISTIC_WRITE).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("no alert " + alertId);
            }
            if (!audience.sees(a.teamId)) {
                throw ProblemException.forbidden("alert " + alertId + " is not about your team");
            }
            if (a.acknowledgedAt != null) {
                throw ProblemException.conflict("alert " + alertId + " was already acknowledged by "
                        + a.acknowledgedBy + " at " + a.acknowledgedAt);
            }
            a.acknowledgedBy = caller.id();
            a.acknowledgedAt = clock.instant();
            return AlertView.of(a);
        }));
    }

    private static void add(List<String> where, List<Object> args, String condition, Object value) {
        args.add(value);
        where.add(condition + args.size());
    }

    static AlertKind parseKind(String kind) {
        try {
            return AlertKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of " + Arrays.toString(AlertKind.values())
                    + ", not '" + kind + "'");
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("acknowledged", "must be true or false, not '" + value + "'");
        };
    }
}
