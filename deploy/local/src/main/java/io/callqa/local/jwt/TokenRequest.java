package io.callqa.local.jwt;

import java.time.Duration;
import java.util.Set;

/**
 * What a token says: one role, the user ({@code upn} and {@code sub}), the agent id of an {@code agent} and the
 * team id of a {@code team-lead}.
 */
public record TokenRequest(String role, String userId, String agentId, String teamId, Duration lifetime) {

    public static final Set<String> ROLES = Set.of("agent", "team-lead", "evaluator", "qa-lead", "admin", "acd");
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    public TokenRequest {
        agentId = blankToNull(agentId);
        teamId = blankToNull(teamId);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'; roles: agent, team-lead, evaluator, "
                    + "qa-lead, admin, acd");
        }
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a token needs a user id");
        }
        require("agent", role, agentId, "an agent id (--agent)");
        require("team-lead", role, teamId, "a team id (--team)");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token's lifetime must be positive");
        }
    }

    public TokenRequest(String role, String userId, String agentId, String teamId) {
        this(role, userId, agentId, teamId, DEFAULT_LIFETIME);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void require(String forRole, String role, String value, String what) {
        boolean present = value != null;
        if (forRole.equals(role) && !present) {
            throw new IllegalArgumentException("a " + forRole + " token needs " + what);
        }
        if (!forRole.equals(role) && present) {
            throw new IllegalArgumentException(what + " belongs only in a " + forRole + " token, not " + role);
        }
    }
}
