package io.callqa.feedback.roster;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks that a request about an agent names the agent's own team, before a team lead may act on it: the team the
 * roster gives, else the team of the agent's newest evaluation. A team lead is refused (403) for an agent known to
 * be in another team, and, where {@code unknownRefused}, for an agent not known at all; anyone else naming a team
 * other than the known one gets a 400 {@code teamId}. Must run inside a session.
 */
@ApplicationScoped
public class TeamMembership {

    private static final String LAST_EVALUATED_TEAM = """
            select team_id from qa_file_entry where agent_id = :agent and team_id is not null
            order by released_at desc limit 1""";

    private final Roster roster;

    public TeamMembership(Roster roster) {
        this.roster = roster;
    }

    /** The agent's current team as far as the service knows, or null. */
    public Uni<String> currentTeam(String agentId) {
        return roster.teamOf(agentId).chain(team -> team != null ? Uni.createFrom().item(team)
                : Panache.getSession().chain(s -> s.createNativeQuery(LAST_EVALUATED_TEAM, String.class)
                        .setParameter("agent", agentId).getResultList())
                        .map(teams -> teams.isEmpty() ? null : teams.get(0)));
    }

    public Uni<Void> check(Caller caller, String agentId, String teamId, boolean unknownRefused) {
        AccessScope scope = caller.scope();
        return currentTeam(agentId).invoke(known -> {
            boolean lead = scope.kind() == AccessScope.Kind.TEAM;
            if (lead && (known != null ? !scope.id().equals(known) : unknownRefused)) {
                throw ProblemException.forbidden(known == null
                        ? "agent " + agentId + " is not known to be in your team " + scope.id()
                        : "agent " + agentId + " is in team " + known + ", not in your team " + scope.id());
            }
            if (known != null && teamId != null && !known.equals(teamId.strip())) {
                throw ProblemException.invalid("teamId", "agent " + agentId + " is in team " + known + ", not "
                        + teamId);
            }
        }).replaceWithVoid();
    }
}
