package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN})
public class TaskResource {

    private final TaskClaims claims;
    private final Caller caller;
    private final Clock clock;

    public TaskResource(TaskClaims claims, Caller caller, Clock clock) {
        this.claims = claims;
        this.caller = caller;
        this.clock = clock;
    }

    /** A QA lead hands a task to someone else. */
    public record Reassignment(@NotBlank String assignee) {
    }

    @GET
    @WithSession
    @Operation(summary = "Open tasks: URGENT first, then by priority and due time",
            description = "An evaluator sees their own tasks and the shared queue; QA leads and admins everything, "
                    + "a team lead their team's. Nobody sees tasks on their own calls.")
    public Uni<List<TaskView>> open(
            @Parameter(description = "me, none (the shared queue), or a person's id (leads only)")
            @QueryParam("assignee") String assignee,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<Object> params = new ArrayList<>(List.of(Task.Status.OPEN.name(), caller.id()));
        String query = "status = ?1 and (agentId is null or agentId <> ?2)" + teamFilter(params) + assigneeFilter(assignee, params)
                + " order by priorityRank, dueAt, taskId";
        return Task.<Task>find(query, params.toArray()).page(Page.ofSize(limit)).list()
                .map(tasks -> tasks.stream().map(t -> TaskView.of(t, clock.instant())).toList());
    }

    @GET
    @Path("/{taskId}")
    @WithSession
    @Operation(summary = "One task")
    public Uni<TaskView> get(@PathParam("taskId") UUID taskId) {
        return Task.<Task>findById(taskId).map(task -> {
            if (!TaskAccess.visible(task, caller)) {
                throw ProblemException.notFound("no task " + taskId);
            }
            return TaskView.of(task, clock.instant());
        });
    }

    @POST
    @Path("/{taskId}/claim")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Take a task from the shared queue (409 when it is someone's, or your cap is reached)")
    public Uni<TaskView> claim(@PathParam("taskId") UUID taskId) {
        return Transactions.run(() -> claims.claim(taskId, caller)).map(t -> TaskView.of(t, clock.instant()));
    }

    @POST
    @Path("/{taskId}/release")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Give one's task back to the shared queue (a QA lead may release anyone's)")
    public Uni<TaskView> release(@PathParam("taskId") UUID taskId) {
        return Transactions.run(() -> claims.release(taskId, caller)).map(t -> TaskView.of(t, clock.instant()));
    }

    @POST
    @Path("/{taskId}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Reassign a task (QA lead); never to the agent whose call it is")
    public Uni<TaskView> reassign(@PathParam("taskId") UUID taskId, @Valid @NotNull Reassignment request) {
        return Transactions.run(() -> claims.reassign(taskId, request.assignee(), caller))
                .map(t -> TaskView.of(t, clock.instant()));
    }

    private String teamFilter(List<Object> params) {
        String team = caller.scope().teamFilter();
        if (team == null) {
            return "";
        }
        params.add(team);
        return " and teamId = ?" + params.size();
    }

    private String assigneeFilter(String assignee, List<Object> params) {
        boolean lead = caller.hasRole(Roles.QA_LEAD) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.TEAM_LEAD);
        if (assignee == null && lead) {
            return "";
        }
        if ("none".equals(assignee)) {
            return " and assignee is null";
        }
        String who = assignee == null || "me".equals(assignee) ? caller.id() : assignee;
        if (!lead && !who.equals(caller.id())) {
            throw ProblemException.forbidden("an evaluator sees only their own tasks and the shared queue");
        }
        params.add(who);
        return assignee == null ? " and (assignee is null or assignee = ?" + params.size() + ")"
                : " and assignee = ?" + params.size();
    }
}
