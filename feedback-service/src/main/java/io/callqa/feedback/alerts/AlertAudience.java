package io.callqa.feedback.alerts;

import java.util.Objects;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;

/**
 * Who may see which alerts: QA leads and admins all of them, a team lead those about agents of their team (an alert
 * without a team, e.g. a complaint about an unknown agent, goes to QA leads only). Plain Java.
 */
public record AlertAudience(String team) {

    public static final AlertAudience EVERYONE = new AlertAudience(null);

    /** From the caller's scope: 403 for any scope other than everyone or one team. */
    public static AlertAudience of(AccessScope scope) {
        return switch (scope.kind()) {
            case EVERYONE -> EVERYONE;
            case TEAM -> new AlertAudience(scope.id());
            default -> throw ProblemException.forbidden("alerts are for team leads and QA leads");
        };
    }

    public boolean sees(String alertTeamId) {
        return team == null || Objects.equals(team, alertTeamId);
    }
}
