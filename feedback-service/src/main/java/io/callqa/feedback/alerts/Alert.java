package io.callqa.feedback.alerts;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A raised alert. Written only by {@link Alerts} (an idempotent insert); read here and acknowledged by a lead.
 * {@code id} grows in commit order, so it is the SSE event id a client resumes from.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public long id;
    public String kind;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "subject_id")
    public String subjectId;
    public String message;
    /** JSON object. */
    public String details;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
}
