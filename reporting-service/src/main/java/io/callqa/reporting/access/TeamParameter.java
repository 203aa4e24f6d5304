package io.callqa.reporting.access;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;

/**
 * The {@code teamId} of a report request as the caller may have it: a team lead's own team whether they give it or
 * not (another team is a 403); anyone else's as given (null = the whole center).
 */
public final class TeamParameter {

    private TeamParameter() {
    }

    public static String resolve(AccessScope scope, String teamId) {
        String asked = teamId == null || teamId.isBlank() ? null : teamId.strip();
        if (scope.kind() != AccessScope.Kind.TEAM) {
            return asked;
        }
        if (asked != null && !asked.equals(scope.teamFilter())) {
            throw ProblemException.forbidden("you may see the figures of your team " + scope.teamFilter() + " only");
        }
        return scope.teamFilter();
    }
}
