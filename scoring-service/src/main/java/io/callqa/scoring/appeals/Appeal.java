package io.callqa.scoring.appeals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.AppealFiled;
import io.callqa.kit.persistence.StringListColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appeal case (申诉) for the QA leads, opened from {@code AppealFiled}: OPEN, UNDER_REVIEW once a lead takes it,
 * then UPHELD or REJECTED.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    public enum Status { OPEN, UNDER_REVIEW, UPHELD, REJECTED }

    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public int evaluationVersion;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Convert(converter = StringListColumn.class)
    @Column(name = "disputed_items")
    public List<String> disputedItems = new ArrayList<>();
    public String reason;
    @Column(name = "filed_at")
    public Instant filedAt;
    public String status;
    @Column(name = "reviewer_id")
    public String reviewerId;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "revised_version")
    public Integer revisedVersion;
    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    static Appeal of(AppealFiled filed) {
        Appeal appeal = new Appeal();
        appeal.appealId = filed.appealId();
        appeal.evaluationId = filed.evaluationId();
        appeal.evaluationVersion = filed.evaluationVersion();
        appeal.agentId = filed.agentId();
        appeal.teamId = filed.teamId();
        appeal.disputedItems = new ArrayList<>(filed.disputedItems());
        appeal.reason = filed.reason();
        appeal.filedAt = filed.filedAt();
        appeal.status = Status.OPEN.name();
        return appeal;
    }

    /** Not decided yet: OPEN or UNDER_REVIEW. */
    public boolean isUndecided() {
        return Status.OPEN.name().equals(status) || Status.UNDER_REVIEW.name().equals(status);
    }
}
