package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agent's coaching plan (帮扶计划) was carried out: its tasks are done and the coach marked it COMPLETED. The
 * sampling service answers with the re-check (复检): the agent's next {@code recheckCalls} answered calls are
 * sampled (rule RECHECK, naming {@code planId}), and their evaluations decide whether the plan's goal was met.
 * <p>
 * The goal: with {@code goalKind} NO_DEDUCTION, none of {@code weakItems} loses points in the re-check
 * evaluations; with AVERAGE_AT_LEAST, their average total reaches {@code goalAverage}.
 */
public record CoachingCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID planId,
        String agentId,
        String teamId,
        List<String> weakItems,
        GoalKind goalKind,
        BigDecimal goalAverage,
        int recheckCalls,
        String completedBy,
        Instant completedAt) implements FeedbackEvent {

    public enum GoalKind { NO_DEDUCTION, AVERAGE_AT_LEAST }

    public CoachingCompleted {
        weakItems = weakItems == null ? List.of() : List.copyOf(weakItems);
    }

    @Override
    public String key() {
        return agentId;
    }
}
