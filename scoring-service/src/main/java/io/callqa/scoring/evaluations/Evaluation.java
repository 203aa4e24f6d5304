package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.SampleSelected;
import io.callqa.kit.persistence.ItemResultsColumn;
import io.callqa.kit.persistence.ReasonsColumn;
import io.callqa.kit.persistence.StringListColumn;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.tasks.Task;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One scoring of one sampled call, on the scorecard version it names. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    /** DRAFT → SUBMITTED → IN_REVIEW (level k) → RELEASED; a release revised later is REVISED. */
    public enum Status { DRAFT, SUBMITTED, IN_REVIEW, RELEASED, REVISED }

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
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** The roles that review it, one per level, fixed on submit. */
    @Convert(converter = StringListColumn.class)
    @Column(name = "review_levels")
    public List<String> reviewLevels = new ArrayList<>();
    /** The level under review (1-based) while IN_REVIEW, else 0. */
    @Column(name = "review_level")
    public int reviewLevel;
    /** Optimistic lock: a client edits the version it read; a stale one gets 409. */
    @Version
    @Column(name = "lock_version")
    public int lockVersion;
    /** The sample's reasons, carried to downstream services. */
    @Convert(converter = ReasonsColumn.class)
    public List<SampleSelected.Reason> reasons = new ArrayList<>();

    /** A new DRAFT of {@code task} on {@code card}, by {@code evaluatorId}. */
    public static Evaluation of(Task task, Scorecard card, String evaluatorId, Instant now) {
        Evaluation e = new Evaluation();
        e.evaluationId = UUID.randomUUID();
        e.version = 1;
        e.taskId = task.taskId;
        e.sampleId = task.sampleId;
        e.callId = task.callId;
        e.agentId = task.agentId;
        e.teamId = task.teamId;
        e.reasons = new ArrayList<>(task.reasons);
        e.evaluatorId = evaluatorId;
        e.scorecardId = card.id();
        e.scorecardVersion = card.version();
        e.status = Status.DRAFT.name();
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    public boolean is(Status expected) {
        return expected.name().equals(status);
    }

    public boolean isReleased() {
        return is(Status.RELEASED) || is(Status.REVISED);
    }

    /** The role that reviews the current level. */
    public String reviewerRole() {
        return reviewLevels.get(reviewLevel - 1);
    }

    public EvaluationReleased.Flags flags() {
        return new EvaluationReleased.Flags(sendToQa, nominateExcellent, serviceProblem);
    }

    /** Takes a scoring and the evaluator's flags and comment. */
    public void score(Scoring scoring, EvaluationReleased.Flags flags, String comment, BigDecimal passMark) {
        totalScore = scoring.total();
        criticalFailed = scoring.criticalFailed();
        problemFound = scoring.problemFound(passMark, flags.serviceProblem());
        items = scoring.items();
        sendToQa = flags.sendToQa();
        nominateExcellent = flags.nominateExcellent();
        serviceProblem = flags.serviceProblem();
        this.comment = comment;
    }

    public EvaluationReleased released(UUID eventId) {
        return new EvaluationReleased(eventId, releasedAt, evaluationId, version, sampleId, callId, agentId, teamId,
                evaluatorId, reasons, scorecardId, scorecardVersion, totalScore, criticalFailed, problemFound,
                flags(), items, comment, releasedAt);
    }

    public EvaluationRevised revised(UUID eventId, Instant at, Revision revision) {
        return new EvaluationRevised(eventId, at, evaluationId, version, revision.previousVersion(), revision.cause(),
                revision.appealId(), revision.reason(), revision.by(), sampleId, callId, agentId, teamId, evaluatorId,
                reasons, scorecardId, scorecardVersion, totalScore, criticalFailed, problemFound, flags(), items,
                comment, releasedAt);
    }

    /** Why and by whom a released evaluation was scored again. */
    public record Revision(int previousVersion, EvaluationRevised.Cause cause, UUID appealId, String reason,
            String by) {
    }
}
