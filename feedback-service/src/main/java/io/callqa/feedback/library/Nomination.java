package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.persistence.ItemResultsColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A released evaluation proposed for the excellent-recording library, once per evaluation: PENDING until a QA lead
 * approves or rejects it; WITHDRAWN when a revision no longer qualifies while it waits. Keeps the item results of
 * the version nominated, which the approval checks the exemplified items against.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public int evaluationVersion;
    @Column(name = "sample_id")
    public UUID sampleId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "evaluator_id")
    public String evaluatorId;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    @Convert(converter = ItemResultsColumn.class)
    public List<ItemResult> items = new ArrayList<>();
    public String source;
    public String status;
    @Column(name = "nominated_at")
    public Instant nominatedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    static Nomination of(ScoredEvaluation e, Qualification.Source source) {
        Nomination n = new Nomination();
        n.nominationId = UUID.randomUUID();
        n.evaluationId = e.evaluationId();
        n.sampleId = e.sampleId();
        n.callId = e.callId();
        n.agentId = e.agentId();
        n.teamId = e.teamId();
        n.evaluatorId = e.evaluatorId();
        n.nominatedAt = e.releasedAt();
        n.pending(e, source);
        return n;
    }

    /** Waits for a decision on version {@code e} of the evaluation (a revision keeps the nomination's id). */
    void pending(ScoredEvaluation e, Qualification.Source source) {
        evaluationVersion = e.version();
        totalScore = e.totalScore();
        items = new ArrayList<>(e.items());
        this.source = source.name();
        status = Status.PENDING.name();
        decidedBy = null;
        decidedAt = null;
        decisionNote = null;
    }

    /** A revision no longer qualifies: off the list, saying why. */
    void withdraw(ScoredEvaluation e) {
        evaluationVersion = e.version();
        totalScore = e.totalScore();
        items = new ArrayList<>(e.items());
        status = Status.WITHDRAWN.name();
        decidedAt = e.releasedAt();
        decisionNote = "version " + e.version() + (e.criticalFailed() ? " failed a red line"
                : " scores " + e.totalScore() + " without the evaluator's nomination");
    }

    boolean is(Status s) {
        return s.name().equals(status);
    }
}
