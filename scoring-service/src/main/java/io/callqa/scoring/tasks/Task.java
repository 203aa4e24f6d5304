package io.callqa.scoring.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.kit.persistence.ReasonsColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluation task: one sampled call waiting in the work queue. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    public enum Status { OPEN, DONE }

    @Id
    @Column(name = "task_id")
    public UUID taskId;
    @Column(name = "sample_id")
    public UUID sampleId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "queue_id")
    public String queueId;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "talk_seconds")
    public Integer talkSeconds;
    @Column(name = "recording_uri")
    public String recordingUri;
    @Convert(converter = ReasonsColumn.class)
    public List<SampleSelected.Reason> reasons = new ArrayList<>();
    public String mode;
    public String priority;
    /** URGENT 0, HIGH 1, NORMAL 2: the queue's first sort key. */
    @Column(name = "priority_rank")
    public int priorityRank;
    @Column(name = "due_at")
    public Instant dueAt;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Who the task is assigned to; null while it waits in the shared queue. */
    public String assignee;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by")
    public String doneBy;

    static Task of(SampleSelected sample, Instant now) {
        Task task = new Task();
        task.taskId = UUID.randomUUID();
        task.sampleId = sample.sampleId();
        task.callId = sample.callId();
        task.agentId = sample.agentId();
        task.teamId = sample.teamId();
        task.queueId = sample.queueId();
        if (sample.call() != null) {
            task.answeredAt = sample.call().answeredAt();
            task.talkSeconds = sample.call().talkSeconds();
            task.recordingUri = sample.call().recordingUri();
        }
        task.reasons = new ArrayList<>(sample.reasons());
        task.mode = sample.mode().name();
        task.priority = sample.priority().name();
        task.priorityRank = sample.priority().ordinal();
        task.dueAt = sample.dueAt();
        task.status = Status.OPEN.name();
        task.createdAt = now;
        return task;
    }

    /** A rule picked the sampled call again: the task takes the sample's reasons, mode, priority and due time. */
    public void update(SampleUpdated sample) {
        reasons = new ArrayList<>(sample.reasons());
        mode = sample.mode().name();
        priority = sample.priority().name();
        priorityRank = sample.priority().ordinal();
        dueAt = sample.dueAt();
    }

    public void assignTo(String personId, Instant now) {
        assignee = personId;
        assignedAt = now;
    }

    public boolean isOpen() {
        return Status.OPEN.name().equals(status);
    }
}
