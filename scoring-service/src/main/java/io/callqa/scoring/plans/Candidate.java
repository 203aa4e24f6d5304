package io.callqa.scoring.plans;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.callqa.events.SampleSelected;

/**
 * An open task nobody has been assigned yet. {@code priority} and {@code mode} are the names the task stores
 * ({@code URGENT | HIGH | NORMAL}, {@code REALTIME | POSTHOC}); {@code agentId} is the agent whose call it is.
 */
public record Candidate(UUID taskId, String priority, String mode, Instant dueAt, String agentId) {

    public Candidate {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(dueAt, "dueAt");
        SampleSelected.Priority.valueOf(Objects.requireNonNull(priority, "priority"));
        SampleSelected.Mode.valueOf(Objects.requireNonNull(mode, "mode"));
    }

    /** URGENT 0, HIGH 1, NORMAL 2, as the task table's {@code priority_rank}. */
    public int priorityRank() {
        return SampleSelected.Priority.valueOf(priority).ordinal();
    }

    public boolean isUrgent() {
        return SampleSelected.Priority.URGENT.name().equals(priority);
    }

    public boolean isRealtime() {
        return SampleSelected.Mode.REALTIME.name().equals(mode);
    }
}
