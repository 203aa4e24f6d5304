package io.callqa.feedback.appeals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.kit.persistence.StringListColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agent's appeal (申诉) of a feedback item, and where the scoring service's decision has taken it. */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    public enum State {
        FILED, UNDER_REVIEW, UPHELD, REJECTED;

        public boolean open() {
            return this == FILED || this == UNDER_REVIEW;
        }
    }

    @Id
    public UUID id;
    @Column(name = "feedback_id")
    public UUID feedbackId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public int evaluationVersion;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "disputed_items")
    @Convert(converter = StringListColumn.class)
    public List<String> disputedItems = new ArrayList<>();
    public String reason;
    public String state;
    @Column(name = "filed_at")
    public Instant filedAt;
    @Column(name = "reviewer_id")
    public String reviewerId;
    @Column(name = "review_started_at")
    public Instant reviewStartedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "revised_version")
    public Integer revisedVersion;
    /** When the decision became overdue and the APPEAL_OVERDUE alert was raised. */
    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;

    public State state() {
        return State.valueOf(state);
    }
}
