package io.callqa.scoring.evaluations;

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
import jakarta.persistence.Table;

/** One scoring of one sampled call, on the scorecard version it names. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    public enum Status { RELEASED }

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    public int version;
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
    @Column(name = "send_to_qa")
    public boolean sendToQa;
    @Column(name = "nominate_excellent")
    public boolean nominateExcellent;
    @Column(name = "service_problem")
    public boolean serviceProblem;
    public String comment;
    @Convert(converter = ItemResultsColumn.class)
    public List<EvaluationReleased.ItemResult> items = new ArrayList<>();
    public String status;
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "created_at")
    public Instant createdAt;

    public EvaluationReleased released(UUID eventId) {
        return new EvaluationReleased(eventId, releasedAt, evaluationId, version, sampleId, callId, agentId, teamId,
                evaluatorId, scorecardId, scorecardVersion, totalScore, criticalFailed, problemFound,
                new EvaluationReleased.Flags(sendToQa, nominateExcellent, serviceProblem), items, comment, releasedAt);
    }
}
