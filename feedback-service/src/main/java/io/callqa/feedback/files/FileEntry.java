package io.callqa.feedback.files;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
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

    Key key() {
        return new Key(evaluationId, version);
    }
}
