package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coaching plan as clients (and the agent's QA file) see it. */
public record PlanView(
        UUID planId,
        String agentId,
        String teamId,
        String trigger,
        List<UUID> evidence,
        List<String> weakItems,
        String goalKind,
        int recheckCount,
        BigDecimal goalAverage,
        Instant dueAt,
        boolean overdue,
        List<PlanTask> tasks,
        String coachId,
        String coachRole,
        String state,
        List<Transition> history,
        List<Recheck> rechecks,
        UUID escalatedFrom,
        String closeReason,
        Instant createdAt,
        String createdBy,
        Instant decidedAt,
        int lockVersion) {

    public static PlanView of(CoachingPlan p, Instant now) {
        boolean overdue = (p.state() == PlanState.OPEN || p.state() == PlanState.IN_PROGRESS) && p.dueAt.isBefore(now);
        return new PlanView(p.planId, p.agentId, p.teamId, p.trigger, p.evidence, p.weakItems, p.goalKind,
                p.recheckCount, p.goalAverage, p.dueAt, overdue, p.tasks, p.coachId, p.coachRole, p.state, p.history,
                p.rechecks, p.escalatedFrom, p.closeReason, p.createdAt, p.createdBy, p.decidedAt, p.lockVersion);
    }
}
