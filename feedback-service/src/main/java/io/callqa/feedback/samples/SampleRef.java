package io.callqa.feedback.samples;

import java.time.Instant;
import java.util.UUID;

import io.callqa.events.SampleSelected;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this service keeps of a sampled call ({@code SampleSelected}): an evaluation names only its sample and call,
 * and the library needs the recording, the queue and the wrap-up code of that call.
 */
@Entity
@Table(name = "sample_ref")
public class SampleRef extends PanacheEntityBase {

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
    @Column(name = "recording_uri")
    public String recordingUri;
    @Column(name = "wrap_up_code")
    public String wrapUpCode;
    @Column(name = "selected_at")
    public Instant selectedAt;

    static SampleRef of(SampleSelected s) {
        SampleRef ref = new SampleRef();
        ref.sampleId = s.sampleId();
        ref.callId = s.callId();
        ref.agentId = s.agentId();
        ref.teamId = s.teamId();
        ref.queueId = s.queueId();
        ref.recordingUri = s.call() == null ? null : s.call().recordingUri();
        ref.wrapUpCode = s.call() == null ? null : s.call().wrapUpCode();
        ref.selectedAt = s.selectedAt();
        return ref;
    }
}
