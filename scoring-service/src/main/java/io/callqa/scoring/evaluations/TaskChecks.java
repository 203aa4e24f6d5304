package io.callqa.scoring.evaluations;

import java.util.List;
import java.util.UUID;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.tasks.Task;
import jakarta.ws.rs.core.Response.Status;

/** Whether the caller may score a task: it exists, is open, is not their own call, is in their scope and theirs. */
final class TaskChecks {

    private TaskChecks() {
    }

    static void checkMayEvaluate(Task task, UUID taskId, Caller caller) {
        if (task == null) {
            throw new ProblemException(Status.NOT_FOUND, "no task " + taskId,
                    List.of(new FieldError("taskId", "no task " + taskId)));
        }
        if (caller.id().equals(task.agentId)) {
            throw ProblemException.forbidden("nobody evaluates their own calls");
        }
        if (!caller.scope().allows(task.agentId, task.teamId)) {
            throw ProblemException.forbidden("you may not evaluate calls of team " + task.teamId);
        }
        if (!task.isOpen()) {
            throw ProblemException.conflict("task " + taskId + " has already been evaluated");
        }
        if (task.assignee != null && !task.assignee.equals(caller.id()) && !caller.hasRole(Roles.QA_LEAD)) {
            throw ProblemException.conflict("task " + taskId + " is assigned to " + task.assignee);
        }
    }
}
