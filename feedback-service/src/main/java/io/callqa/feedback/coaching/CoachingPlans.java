package io.callqa.feedback.coaching;

import java.time.Clock;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Read access for other features, e.g. the agent's QA file: call it inside a session; it checks no access. */
@ApplicationScoped
public class CoachingPlans {

    private final Clock clock;

    public CoachingPlans(Clock clock) {
        this.clock = clock;
    }

    /** Every plan of the agent, newest first. */
    public Uni<List<PlanView>> forAgent(String agentId) {
        return CoachingPlan.<CoachingPlan>list("agentId = ?1 order by createdAt desc", agentId)
                .map(plans -> plans.stream().map(p -> PlanView.of(p, clock.instant())).toList());
    }

    /** The plans of the team's agents made while they were in it, newest first. */
    public Uni<List<PlanView>> forTeam(String teamId) {
        return CoachingPlan.<CoachingPlan>list("teamId = ?1 order by createdAt desc", teamId)
                .map(plans -> plans.stream().map(p -> PlanView.of(p, clock.instant())).toList());
    }
}
