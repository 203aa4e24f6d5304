package io.callqa.reporting.appraisal;

import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's appraisals of the agents of one team or of the center (those with calls or evaluations in it, in that
 * team), best first; ranks are among all of them even when the caller (an agent) sees only their own row.
 */
public record AppraisalReport(String quarter, LocalDate from, LocalDate to, String teamId, AppraisalWeights weights,
        int agentsRanked, List<AgentAppraisal> agents) {
}
