package io.callqa.scoring.evaluations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.kit.persistence.JsonColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One transition of an evaluation: who, when, from which state to which, at which level, and what changed. */
@Entity
@Table(name = "evaluation_audit")
public class EvaluationAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "audit_id")
    public Long auditId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    public Instant at;
    public String actor;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public int level;
    public int version;
    public String comment;
    @Convert(converter = ChangesColumn.class)
    public List<Change> changes = new ArrayList<>();

    static EvaluationAudit of(Evaluation e, String actor, String action, String fromStatus, String comment,
            List<Change> changes, Instant at) {
        EvaluationAudit audit = new EvaluationAudit();
        audit.evaluationId = e.evaluationId;
        audit.at = at;
        audit.actor = actor;
        audit.action = action;
        audit.fromStatus = fromStatus;
        audit.toStatus = e.status;
        audit.level = e.reviewLevel;
        audit.version = e.version;
        audit.comment = comment;
        audit.changes = new ArrayList<>(changes);
        return audit;
    }

    @Converter
    public static class ChangesColumn extends JsonColumn<List<Change>> {
        public ChangesColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
