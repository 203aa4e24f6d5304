package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.UUID;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.plans.AssignmentConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Claiming, releasing and reassigning open tasks; runs in the caller's transaction, the task row locked. */
@ApplicationScoped
public class TaskClaims {

    private final AssignmentConfig config;
    private final Clock clock;

    public TaskClaims(AssignmentConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Uni<Task> claim(UUID taskId, Caller caller) {
        return open(taskId, caller).call(task -> {
            if (task.assignee != null && !task.assignee.equals(caller.id())) {
                throw ProblemException.conflict("task " + taskId + " is assigned to " + task.assignee);
            }
            return assignTo(task, caller.id());
        });
    }

    public Uni<Task> release(UUID taskId, Caller caller) {
        return open(taskId, caller).invoke(task -> {
            if (task.assignee == null) {
                throw ProblemException.conflict("task " + taskId + " is not assigned to anyone");
            }
            if (!task.assignee.equals(caller.id()) && !caller.hasRole(Roles.QA_LEAD)) {
                throw ProblemException.forbidden("task " + taskId + " is " + task.assignee + "'s to release");
            }
            task.assignee = null;
            task.assignedAt = null;
        });
    }

    public Uni<Task> reassign(UUID taskId, String assignee, Caller caller) {
        return open(taskId, caller).call(task -> assignTo(task, assignee));
    }

    private Uni<Task> open(UUID taskId, Caller caller) {
        return Task.<Task>findById(taskId, LockModeType.PESSIMISTIC_WRITE).invoke(task -> {
            if (task == null || !caller.scope().allows(task.agentId, task.teamId)) {
                throw ProblemException.notFound("no task " + taskId);
            }
            if (!task.isOpen()) {
                throw ProblemException.conflict("task " + taskId + " is done");
            }
        });
    }

    private Uni<Void> assignTo(Task task, String person) {
        if (person.equals(task.agentId)) {
            throw ProblemException.forbidden("nobody evaluates their own calls");
        }
        return Task.count("assignee = ?1 and status = ?2", person, Task.Status.OPEN.name()).invoke(open -> {
            if (open >= config.openCap() && !person.equals(task.assignee)) {
                throw ProblemException.conflict(person + " already holds " + open + " open tasks, the cap");
            }
            task.assignTo(person, clock.instant());
        }).replaceWithVoid();
    }
}
