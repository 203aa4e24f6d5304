package io.callqa.kit.security;

import java.util.Objects;
import java.util.Set;

/**
 * Whose data a caller may read: QA staff everyone's, a team lead their team's, an agent only their own.
 * Plain Java, so the rule is tested without Quarkus.
 */
public record AccessScope(Kind kind, String id) {

    public enum Kind { EVERYONE, TEAM, AGENT, NOBODY }

    public static final AccessScope EVERYONE = new AccessScope(Kind.EVERYONE, null);
    public static final AccessScope NOBODY = new AccessScope(Kind.NOBODY, null);

    /** The widest scope the roles and claims grant; a team lead or agent without their claim gets nothing. */
    public static AccessScope of(Set<String> roles, String agentId, String teamId) {
        if (roles.contains(Roles.QA_LEAD) || roles.contains(Roles.EVALUATOR) || roles.contains(Roles.ADMIN)) {
            return EVERYONE;
        }
        if (roles.contains(Roles.TEAM_LEAD) && teamId != null) {
            return new AccessScope(Kind.TEAM, teamId);
        }
        if (roles.contains(Roles.AGENT) && agentId != null) {
            return new AccessScope(Kind.AGENT, agentId);
        }
        return NOBODY;
    }

    /** May the caller see data of this agent, who belongs (or belonged, when it was recorded) to this team? */
    public boolean allows(String agentId, String teamId) {
        return switch (kind) {
            case EVERYONE -> true;
            case TEAM -> Objects.equals(id, teamId);
            case AGENT -> Objects.equals(id, agentId);
            case NOBODY -> false;
        };
    }

    /**
     * May the caller ask about this agent at all? A team lead may (what they then see is limited to records of
     * their team by {@link #allows}); an agent only about themself.
     */
    public boolean mayAskAbout(String agentId) {
        return switch (kind) {
            case EVERYONE, TEAM -> true;
            case AGENT -> Objects.equals(id, agentId);
            case NOBODY -> false;
        };
    }

    /** The agent filter a list query must apply, or null when the scope is not one agent. */
    public String agentFilter() {
        return kind == Kind.AGENT ? id : null;
    }

    /** The team filter a list query must apply, or null when the scope is not one team. */
    public String teamFilter() {
        return kind == Kind.TEAM ? id : null;
    }
}
