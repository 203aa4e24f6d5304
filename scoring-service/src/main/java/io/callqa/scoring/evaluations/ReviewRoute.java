package io.callqa.scoring.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.callqa.kit.security.Roles;

/**
 * Who reviews a submitted evaluation, one role per level: the configured levels for a found problem (evaluator →
 * QA lead → the agent's team lead) or for none (no level: released on submit), with one level more, first, while
 * the evaluator's latest calibration is flagged. A team lead scores only their own team's calls, so when the
 * evaluator is a team lead, the team-lead level is theirs already and is left out: nobody reviews their own work.
 */
public final class ReviewRoute {

    private ReviewRoute() {
    }

    public static List<String> levels(boolean problemFound, boolean calibrationFlagged, boolean byTeamLead,
            ScoringConfig.Review config) {
        List<String> levels = new ArrayList<>();
        if (calibrationFlagged && config.calibrationExtraLevel()) {
            levels.add(config.calibrationExtraRole());
        }
        levels.addAll(problemFound ? config.whenProblem() : config.otherwise().orElse(List.of()));
        if (byTeamLead) {
            levels.removeIf(Roles.TEAM_LEAD::equals);
        }
        return levels;
    }

    /** Whether someone with {@code hasRole} may review a level of {@code role}: a QA lead also reviews for evaluators. */
    public static boolean mayReview(String role, Predicate<String> hasRole) {
        return hasRole.test(role) || Roles.EVALUATOR.equals(role) && hasRole.test(Roles.QA_LEAD);
    }
}
