package io.callqa.feedback.coaching;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;

/**
 * Who may do what with a plan: QA leads and admins manage every plan, a team lead their own team's; the coach (the
 * team lead of the agent's team while the coach role is TEAM_LEAD, or a QA lead) completes it; the agent and the
 * coach tick tasks off; everyone reads within their scope.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    /** 403 unless the caller may create, edit or close plans of {@code teamId}. */
    static void checkManages(Caller caller, String teamId) {
        if (caller.hasRole(Roles.QA_LEAD) || caller.hasRole(Roles.ADMIN) || leadsTeam(caller, teamId)) {
            return;
        }
        throw ProblemException.forbidden("only the team lead of team " + teamId + ", a QA lead or an admin may "
                + "manage its coaching plans");
    }

    /** 403 unless the caller coaches the plan. */
    static void checkCoaches(Caller caller, CoachingPlan plan) {
        if (!coaches(caller, plan)) {
            throw ProblemException.forbidden("only the plan's coach (" + plan.coachRole + (plan.coachRole.equals(
                    CoachRole.TEAM_LEAD.name()) ? " of team " + plan.teamId : "") + ") or a QA lead may do this");
        }
    }

    /** 403 unless the caller is the plan's agent or its coach. */
    static void checkAgentOrCoach(Caller caller, CoachingPlan plan) {
        if (!isAgent(caller, plan) && !coaches(caller, plan)) {
            throw ProblemException.forbidden("only agent " + plan.agentId + " or the plan's coach may do this");
        }
    }

    /** 403 unless the caller is the plan's agent or may manage it. */
    static void checkAgentOrManages(Caller caller, CoachingPlan plan) {
        if (!isAgent(caller, plan)) {
            checkManages(caller, plan.teamId);
        }
    }

    static boolean coaches(Caller caller, CoachingPlan plan) {
        return caller.hasRole(Roles.QA_LEAD)
                || CoachRole.TEAM_LEAD.name().equals(plan.coachRole) && leadsTeam(caller, plan.teamId);
    }

    private static boolean leadsTeam(Caller caller, String teamId) {
        if (!caller.hasRole(Roles.TEAM_LEAD)) {
            return false;
        }
        AccessScope scope = caller.scope();
        return scope.teamFilter() != null && scope.teamFilter().equals(teamId);
    }

    private static boolean isAgent(Caller caller, CoachingPlan plan) {
        if (!caller.hasRole(Roles.AGENT)) {
            return false;
        }
        AccessScope scope = caller.scope();
        return plan.agentId.equals(scope.agentFilter());
    }
}
