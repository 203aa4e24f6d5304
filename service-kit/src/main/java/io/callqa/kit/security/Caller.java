package io.callqa.kit.security;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.callqa.kit.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request: who, which roles, and whose data they may see. */
@RequestScoped
public class Caller {

    public static final String AGENT_ID_CLAIM = "agentId";
    public static final String TEAM_ID_CLAIM = "teamId";

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public Caller(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    /** The user or client id: the token's {@code upn}, else its subject. */
    public String id() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whose data the caller may see; 403 when the token's role lacks its claim (an agent without agentId). */
    public AccessScope scope() {
        AccessScope scope = AccessScope.of(identity.getRoles(), claim(AGENT_ID_CLAIM), claim(TEAM_ID_CLAIM));
        if (scope.kind() == AccessScope.Kind.NOBODY) {
            throw ProblemException.forbidden("your token grants no data: an agent needs the agentId claim, "
                    + "a team lead the teamId claim");
        }
        return scope;
    }

    /** Fails with 403 unless the caller may see this agent's data. */
    public void checkCanSee(String agentId, String teamId) {
        if (!scope().allows(agentId, teamId)) {
            throw ProblemException.forbidden("you may not see the data of agent " + agentId);
        }
    }

    /** Fails with 403 unless the caller may ask about this agent (see {@link AccessScope#mayAskAbout}). */
    public AccessScope checkMayAskAbout(String agentId) {
        AccessScope scope = scope();
        if (!scope.mayAskAbout(agentId)) {
            throw ProblemException.forbidden("you may not see the data of agent " + agentId);
        }
        return scope;
    }

    /**
     * The records about one agent the caller may see: all of them for QA staff and the agent themself, those
     * made in their team for a team lead. 403 when the caller may not ask about the agent, or when every record
     * belongs to another team.
     */
    public <T> List<T> visibleAbout(String agentId, List<T> records, Function<T, String> teamOf) {
        AccessScope scope = checkMayAskAbout(agentId);
        List<T> visible = records.stream().filter(r -> scope.allows(agentId, teamOf.apply(r))).toList();
        if (!records.isEmpty() && visible.isEmpty()) {
            throw ProblemException.forbidden("agent " + agentId + " is not in your team");
        }
        return visible;
    }

    private String claim(String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
