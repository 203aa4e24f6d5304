package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.SampleSelected;
import io.callqa.kit.persistence.ReasonsColumn;
import io.callqa.sampling.calls.IndexedCall;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call picked for QA, with every reason that picked it. */
@Entity
@Table(name = "sample")
public class Sample extends PanacheEntityBase {

    @Id
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
    @Column(name = "enqueued_at")
    public Instant enqueuedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "talk_seconds")
    public Integer talkSeconds;
    @Column(name = "wait_seconds")
    public Integer waitSeconds;
    @Column(name = "recording_uri")
    public String recordingUri;
    @Column(name = "wrap_up_code")
    public String wrapUpCode;
    @Convert(converter = ReasonsColumn.class)
    public List<SampleSelected.Reason> reasons = new ArrayList<>();
    public String mode;
    public String priority;
    @Column(name = "selected_at")
    public Instant selectedAt;
    @Column(name = "due_at")
    public Instant dueAt;

    static Sample of(IndexedCall call, List<SampleSelected.Reason> reasons, SamplePlan plan, Instant now) {
        Sample sample = new Sample();
        sample.sampleId = UUID.randomUUID();
        sample.callId = call.callId;
        sample.agentId = call.agentId;
        sample.teamId = call.teamId;
        sample.queueId = call.queueId;
        sample.enqueuedAt = call.enqueuedAt;
        sample.answeredAt = call.answeredAt;
        sample.endedAt = call.endedAt;
        sample.talkSeconds = call.talkSeconds;
        sample.waitSeconds = call.waitSeconds;
        sample.recordingUri = call.recordingUri;
        sample.wrapUpCode = call.wrapUpCode;
        sample.reasons = new ArrayList<>(reasons);
        sample.mode = plan.mode().name();
        sample.priority = plan.priority().name();
        sample.selectedAt = now;
        sample.dueAt = plan.dueAt();
        return sample;
    }

    SampleSelected selected(UUID eventId, Instant now) {
        return new SampleSelected(eventId, now, sampleId, callId, agentId, teamId, queueId,
                new SampleSelected.CallSummary(enqueuedAt, answeredAt, endedAt, talkSeconds, waitSeconds, recordingUri,
                        wrapUpCode),
                reasons, SampleSelected.Mode.valueOf(mode), SampleSelected.Priority.valueOf(priority), selectedAt, dueAt);
    }
}
