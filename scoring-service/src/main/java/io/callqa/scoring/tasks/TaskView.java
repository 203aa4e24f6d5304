package io.callqa.scoring.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.SampleSelected;

/** A task as the work queue shows it. */
public record TaskView(
        UUID taskId,
        UUID sampleId,
        String callId,
        String agentId,
        String teamId,
        String queueId,
        Instant answeredAt,
        Integer talkSeconds,
        String recordingUri,
        List<SampleSelected.Reason> reasons,
        String mode,
        String priority,
        Instant dueAt,
        boolean overdue,
        String status,
        String assignee,
        Instant assignedAt) {

    public static TaskView of(Task t, Instant now) {
        return new TaskView(t.taskId, t.sampleId, t.callId, t.agentId, t.teamId, t.queueId, t.answeredAt,
                t.talkSeconds, t.recordingUri, t.reasons, t.mode, t.priority, t.dueAt,
                t.isOpen() && t.dueAt.isBefore(now), t.status, t.assignee, t.assignedAt);
    }
}
