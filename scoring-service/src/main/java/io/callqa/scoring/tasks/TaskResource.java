package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN})
@WithSession
public class TaskResource {

    private final Caller caller;
    private final Clock clock;

    public TaskResource(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Open tasks: URGENT first, then by priority and due time",
            description = "A team lead sees the tasks of their team only; nobody sees tasks on their own calls.")
    public Uni<List<TaskView>> open(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String team = caller.scope().teamFilter();
        String query = "status = ?1 and (agentId is null or agentId <> ?2)" + (team == null ? "" : " and teamId = ?3")
                + " order by priorityRank, dueAt, taskId";
        Object[] params = team == null ? new Object[] {Task.Status.OPEN.name(), caller.id()}
                : new Object[] {Task.Status.OPEN.name(), caller.id(), team};
        return Task.<Task>find(query, params).page(Page.ofSize(limit)).list()
                .map(tasks -> tasks.stream().map(t -> TaskView.of(t, clock.instant())).toList());
    }

    @GET
    @Path("/{taskId}")
    @Operation(summary = "One task")
    public Uni<TaskView> get(@PathParam("taskId") UUID taskId) {
        return Task.<Task>findById(taskId).map(task -> {
            if (task == null || !caller.scope().allows(task.agentId, task.teamId)) {
                throw ProblemException.notFound("no task " + taskId);
            }
            return TaskView.of(task, clock.instant());
        });
    }
}
