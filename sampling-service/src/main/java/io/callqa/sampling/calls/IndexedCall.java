package io.callqa.sampling.calls;

import java.time.Instant;

import io.callqa.events.CallRecorded;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call as the sampling rules see it: the latest record the ACD sent for it. */
@Entity
@Table(name = "call")
public class IndexedCall extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "queue_id")
    public String queueId;
    public String channel;
    public String direction;
    public String outcome;
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
    @Column(name = "caller_hash")
    public String callerHash;
    @Column(name = "recording_uri")
    public String recordingUri;
    /** The ticket category (建单项) the agent closed the call with. */
    @Column(name = "wrap_up_code")
    public String wrapUpCode;
    /** When the ACD's record was published: a later record replaces an earlier one, never the reverse. */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static IndexedCall of(CallRecorded call) {
        IndexedCall indexed = new IndexedCall();
        indexed.callId = call.callId();
        indexed.update(call);
        return indexed;
    }

    public boolean isOlderThan(CallRecorded call) {
        return recordedAt.isBefore(call.occurredAt());
    }

    public void update(CallRecorded call) {
        agentId = call.agentId();
        teamId = call.teamId();
        queueId = call.queueId();
        channel = call.channel() == null ? CallRecorded.Channel.VOICE.name() : call.channel().name();
        direction = call.direction() == null ? CallRecorded.Direction.INBOUND.name() : call.direction().name();
        outcome = call.answered() ? CallRecorded.CallOutcome.ANSWERED.name() : CallRecorded.CallOutcome.ABANDONED.name();
        enqueuedAt = call.enqueuedAt();
        answeredAt = call.answeredAt();
        endedAt = call.endedAt();
        talkSeconds = call.talkSeconds();
        waitSeconds = call.waitSeconds();
        callerHash = call.callerHash();
        recordingUri = call.recordingUri();
        wrapUpCode = call.wrapUpCode();
        recordedAt = call.occurredAt();
    }

    public boolean answered() {
        return CallRecorded.CallOutcome.ANSWERED.name().equals(outcome);
    }
}
