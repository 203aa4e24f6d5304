package io.callqa.reporting.scorecards;

import java.util.Objects;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.reporting.periods.Period;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the caller may read a report about the center, a team or an agent (403 otherwise): QA staff anything; a
 * team lead their own team and its agents (the agent's team as {@link AgentTeams} decides it); an agent only
 * themself.
 */
@ApplicationScoped
public class ReportAccess {

    private final Caller caller;
    private final AgentTeams teams;

    public ReportAccess(Caller caller, AgentTeams teams) {
        this.caller = caller;
        this.teams = teams;
    }

    /** The caller's scope, 403 unless it is everyone's. */
    public AccessScope checkCenter() {
        AccessScope scope = caller.scope();
        if (scope.kind() != AccessScope.Kind.EVERYONE) {
            throw ProblemException.forbidden("only QA staff may read center-wide reports");
        }
        return scope;
    }

    public AccessScope checkTeam(String teamId) {
        AccessScope scope = caller.scope();
        boolean allowed = scope.kind() == AccessScope.Kind.EVERYONE
                || scope.kind() == AccessScope.Kind.TEAM && Objects.equals(scope.id(), teamId);
        if (!allowed) {
            throw ProblemException.forbidden("you may not read the reports of team " + teamId);
        }
        return scope;
    }

    /** Completes with the agent's team for the period once the caller is known to be allowed to see the agent. */
    public Uni<String> checkAgent(String agentId, Period period) {
        AccessScope scope = caller.checkMayAskAbout(agentId);
        return teams.teamOf(agentId, period).invoke(team -> {
            if (scope.kind() == AccessScope.Kind.TEAM && !Objects.equals(scope.id(), team)) {
                throw ProblemException.forbidden("agent " + agentId + " is not in your team");
            }
        });
    }
}
