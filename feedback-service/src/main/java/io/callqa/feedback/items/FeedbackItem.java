package io.callqa.feedback.items;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The feedback (反馈) a released evaluation becomes for its agent: one per evaluation, following its newest version.
 * The agent acknowledges it or appeals; a revision is feedback anew (acknowledged again, appealable again within
 * the window counted from the revision).
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public int evaluationVersion;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "call_id")
    public String callId;
    /** When the agent received the current version: the release, or the revision. */
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "first_released_at")
    public Instant firstReleasedAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
