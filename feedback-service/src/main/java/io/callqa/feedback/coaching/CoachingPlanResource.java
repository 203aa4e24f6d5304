package io.callqa.feedback.coaching;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/coaching-plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class CoachingPlanResource {

    private final PlanService plans;
    private final Caller caller;
    private final Clock clock;

    public CoachingPlanResource(PlanService plans, Caller caller, Clock clock) {
        this.plans = plans;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD, Roles.ADMIN})
    @Operation(summary = "Create a coaching plan (帮扶计划) by hand: trigger MANUAL, state OPEN",
            description = "A team lead for their own team; QA leads and admins for any. Each weak item gets the "
                    + "tasks LISTEN_EXCELLENT, STUDY_KNOWLEDGE and ROLE_PLAY.")
    @APIResponse(responseCode = "201", description = "created; Location names the plan")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong; it is named")
    @APIResponse(responseCode = "403", description = "another team's agent")
    public Uni<Response> create(@Valid @NotNull PlanRequest request) {
        return inTransaction(() -> plans.create(request, caller)).map(p -> Response
                .created(URI.create("/api/v1/coaching-plans/" + p.planId())).entity(p).build());
    }

    @GET
    @WithSession
    @Operation(summary = "Coaching plans, newest first, filtered by agentId, teamId and state",
            description = "An agent sees their own, a team lead their team's, QA staff everyone's.")
    public Uni<List<PlanView>> list(@QueryParam("agentId") String agentId, @QueryParam("teamId") String teamId,
            @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        AccessScope scope = caller.scope();
        String agent = narrowed("agentId", agentId, scope.agentFilter());
        String team = narrowed("teamId", teamId, scope.teamFilter());
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        add(where, args, "agentId", agent);
        add(where, args, "teamId", team);
        add(where, args, "state", state == null ? null : parse(state).name());
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by createdAt desc";
        return CoachingPlan.<CoachingPlan>find(query, args.toArray()).page(Page.ofSize(limit)).list()
                .map(found -> found.stream().map(p -> PlanView.of(p, clock.instant())).toList());
    }

    @GET
    @Path("/{planId}")
    @WithSession
    @Operation(summary = "One coaching plan with its tasks, history and re-checks")
    public Uni<PlanView> get(@PathParam("planId") UUID planId) {
        return CoachingPlan.<CoachingPlan>findById(planId).map(p -> {
            if (p == null) {
                throw ProblemException.notFound("no coaching plan " + planId);
            }
            caller.checkCanSee(p.agentId, p.teamId);
            return PlanView.of(p, clock.instant());
        });
    }

    @PATCH
    @Path("/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD, Roles.ADMIN})
    @Operation(summary = "Edit weak items, goal, due date, tasks or coach of an OPEN or IN_PROGRESS plan")
    @APIResponse(responseCode = "409", description = "the plan's state allows no edit, or lockVersion is stale")
    public Uni<PlanView> edit(@PathParam("planId") UUID planId, @Valid @NotNull PlanEdit edit) {
        return inTransaction(() -> plans.edit(planId, edit, caller));
    }

    @POST
    @Path("/{planId}/start")
    @Operation(summary = "OPEN → IN_PROGRESS (the agent, their team lead, a QA lead or an admin)")
    public Uni<PlanView> start(@PathParam("planId") UUID planId) {
        return inTransaction(() -> plans.start(planId, caller));
    }

    @POST
    @Path("/{planId}/tasks/{taskId}/done")
    @Operation(summary = "Tick a task off (the agent themself or the coach)")
    public Uni<PlanView> done(@PathParam("planId") UUID planId, @PathParam("taskId") UUID taskId) {
        return inTransaction(() -> plans.markDone(planId, taskId, caller));
    }

    @POST
    @Path("/{planId}/complete")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD})
    @Operation(summary = "IN_PROGRESS → COMPLETED once every task is done (the coach); publishes CoachingCompleted",
            description = "The sampling service then samples the agent's next recheckCount calls (rule RECHECK); "
                    + "their evaluations decide the plan: VERIFIED, or FAILED and a new plan with a QA lead as coach.")
    @APIResponse(responseCode = "409", description = "not IN_PROGRESS, or tasks are not done")
    public Uni<PlanView> complete(@PathParam("planId") UUID planId) {
        return inTransaction(() -> plans.complete(planId, caller));
    }

    @POST
    @Path("/{planId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD, Roles.ADMIN})
    @Operation(summary = "Cancel a plan that is OPEN, IN_PROGRESS or COMPLETED: CLOSED, with the reason")
    public Uni<PlanView> close(@PathParam("planId") UUID planId, @Valid @NotNull CloseRequest request) {
        return inTransaction(() -> plans.close(planId, request, caller));
    }

    /** The filter a caller's scope imposes; 403 when they ask for another one. */
    private static String narrowed(String name, String asked, String imposed) {
        if (imposed == null) {
            return asked;
        }
        if (asked != null && !asked.equals(imposed)) {
            throw ProblemException.forbidden("you may not see coaching plans of " + name + " " + asked);
        }
        return imposed;
    }

    private static void add(List<String> where, List<Object> args, String field, Object value) {
        if (value != null) {
            args.add(value);
            where.add(field + " = ?" + args.size());
        }
    }

    private static PlanState parse(String state) {
        try {
            return PlanState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be one of OPEN, IN_PROGRESS, COMPLETED, VERIFIED, FAILED, "
                    + "CLOSED, not '" + state + "'");
        }
    }

    /** Runs a change in a transaction and flushes it, so the view shows the lockVersion to send next. */
    private Uni<PlanView> inTransaction(Supplier<Uni<CoachingPlan>> action) {
        return Transactions.run(() -> action.get().call(Panache::flush)).map(p -> PlanView.of(p, clock.instant()));
    }
}
