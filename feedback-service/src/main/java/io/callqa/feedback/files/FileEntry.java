package io.callqa.feedback.files;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.kit.persistence.ItemResultsColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One released evaluation in an agent's QA file. */
@Entity
@Table(name = "qa_file_entry")
@IdClass(FileEntry.Key.class)
public class FileEntry extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Id
    public int version;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "sample_id")
    public UUID sampleId;
    @Column(name = "evaluator_id")
    public String evaluatorId;
    @Column(name = "scorecard_id")
    public String scorecardId;
    @Column(name = "scorecard_version")
    public int scorecardVersion;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    @Column(name = "critical_failed")
    public boolean criticalFailed;
    @Column(name = "problem_found")
    public boolean problemFound;
    public String comment;
    @Convert(converter = ItemResultsColumn.class)
    public List<EvaluationReleased.ItemResult> items = new ArrayList<>();
    @Column(name = "released_at")
    public Instant releasedAt;
    /** For a revised version: APPEAL_UPHELD or CORRECTION, the version it replaces, the appeal, why and by whom. */
    public String cause;
    @Column(name = "previous_version")
    public Integer previousVersion;
    @Column(name = "appeal_id")
    public UUID appealId;
    @Column(name = "revision_reason")
    public String revisionReason;
    @Column(name = "revised_by")
    public String revisedBy;

    public record Key(UUID evaluationId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    static FileEntry of(EvaluationReleased e) {
        FileEntry entry = new FileEntry();
        entry.evaluationId = e.evaluationId();
        entry.version = e.version();
        entry.agentId = e.agentId();
        entry.teamId = e.teamId();
        entry.callId = e.callId();
        entry.sampleId = e.sampleId();
        entry.evaluatorId = e.evaluatorId();
        entry.scorecardId = e.scorecardId();
        entry.scorecardVersion = e.scorecardVersion();
        entry.totalScore = e.totalScore();
        entry.criticalFailed = e.criticalFailed();
        entry.problemFound = e.problemFound();
        entry.comment = e.comment();
        entry.items = new ArrayList<>(e.items());
        entry.releasedAt = e.releasedAt();
        return entry;
    }

    /** A revised version: the whole evaluation as revised, and why. */
    static FileEntry of(EvaluationRevised e) {
        FileEntry entry = of(e.asReleased());
        entry.cause = e.cause().name();
        entry.previousVersion = e.previousVersion();
        entry.appealId = e.appealId();
        entry.revisionReason = e.revisionReason();
        entry.revisedBy = e.revisedBy();
        return entry;
    }

    /** The version an event brings to the file, if it brings one: releases and revisions do. */
    static Optional<FileEntry> of(EvaluationEvent event) {
        if (event instanceof EvaluationReleased released) {
            return Optional.of(of(released));
        }
        if (event instanceof EvaluationRevised revised) {
            return Optional.of(of(revised));
        }
        return Optional.empty();
    }

    Key key() {
        return new Key(evaluationId, version);
    }
}
