package io.callqa.sampling.intervals.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Roles;
import io.callqa.sampling.store.Sql;
import io.callqa.sampling.web.QueryInstants;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/intervals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN, Roles.TEAM_LEAD, Roles.AGENT})
public class IntervalResource {

    /** The longest span one request may cover (about a quarter). */
    static final Duration MAX_SPAN = Duration.ofDays(92);

    private static final String INTERVALS = """
            select scope_key, queue_id, start_at, end_at, length_minutes, offered, answered_within, abandoned,
                   verdict, closed_at
            from service_interval
            where start_at >= cast(:from as timestamptz) and start_at < cast(:to as timestamptz)""";

    private static final Comparator<IntervalView.Row> ORDER = Comparator.comparing(IntervalView.Row::startAt)
            .thenComparing(IntervalView.Row::scopeKey);

    @GET
    @WithSession
    @Operation(summary = "Service-level intervals (20秒接通率) starting in [from, to)",
            description = "Each interval of each scope (CENTER, or one queue when qa.sla.scope=QUEUE) that starts "
                    + "in [from, to), oldest first: offered, answered within the threshold, abandoned, "
                    + "serviceLevel = answeredWithin / offered to 4 decimals (null when nothing was offered), "
                    + "verdict MET|MISSED|NONE once closed (null while open). from and to are ISO-8601 instants, "
                    + "to after from, at most 92 days apart. queueId keeps one queue's intervals (QUEUE scope "
                    + "only: CENTER intervals have no queue).")
    @APIResponse(responseCode = "200", description = "the intervals")
    @APIResponse(responseCode = "400", description = "a bad parameter, named")
    public Uni<List<IntervalView>> list(
            @Parameter(description = "intervals starting at or after this instant", required = true)
            @QueryParam("from") String from,
            @Parameter(description = "intervals starting before this instant", required = true)
            @QueryParam("to") String to,
            @Parameter(description = "only this queue's intervals") @QueryParam("queueId") String queueId) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromAt = QueryInstants.required(errors, "from", from);
        Instant toAt = QueryInstants.required(errors, "to", to);
        if (fromAt != null && toAt != null) {
            if (!toAt.isAfter(fromAt)) {
                errors.add(new FieldError("to", "must be after from"));
            } else if (Duration.between(fromAt, toAt).compareTo(MAX_SPAN) > 0) {
                errors.add(new FieldError("to", "must be at most " + MAX_SPAN.toDays() + " days after from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean oneQueue = queueId != null && !queueId.isBlank();
        String sql = oneQueue ? INTERVALS + " and queue_id = :queueId" : INTERVALS;
        Uni<List<IntervalView.Row>> rows = oneQueue
                ? Sql.rows(sql, IntervalView.Row.class, "from", fromAt, "to", toAt,
                        "queueId", queueId.trim())
                : Sql.rows(sql, IntervalView.Row.class, "from", fromAt, "to", toAt);
        return rows.map(found -> found.stream().sorted(ORDER).map(IntervalView::of).toList());
    }
}
