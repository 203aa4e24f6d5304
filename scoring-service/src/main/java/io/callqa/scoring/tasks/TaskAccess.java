package io.callqa.scoring.tasks;

import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;

/**
 * Who sees a task: leads and admins every task in their scope (a team lead their team's); an evaluator the tasks
 * assigned to them and those waiting in the shared queue. Nobody a task on their own call.
 */
public final class TaskAccess {

    private TaskAccess() {
    }

    public static boolean visible(Task task, Caller caller) {
        if (task == null || caller.id().equals(task.agentId) || !caller.scope().allows(task.agentId, task.teamId)) {
            return false;
        }
        boolean lead = caller.hasRole(Roles.QA_LEAD) || caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.ADMIN);
        return lead || task.assignee == null || task.assignee.equals(caller.id());
    }
}
