package io.callqa.reporting.agents;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One released evaluation (one version of it) as reports count it. */
@Entity
@Table(name = "evaluation_fact")
@IdClass(EvaluationFact.Key.class)
public class EvaluationFact extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Id
    public int version;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    @Column(name = "critical_failed")
    public boolean criticalFailed;
    @Column(name = "problem_found")
    public boolean problemFound;
    @Column(name = "released_at")
    public Instant releasedAt;
    /** The release month in the center's zone, {@code YYYY-MM}. */
    public String month;

    public record Key(UUID evaluationId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    Key key() {
        return new Key(evaluationId, version);
    }
}
