package io.callqa.scoring.plans;

import java.io.Serializable;
import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One person's target in a month's QA plan (质检计划). */
@Entity
@Table(name = "qa_plan")
@IdClass(QaPlan.Key.class)
public class QaPlan extends PanacheEntityBase {

    @Id
    public String month;
    @Id
    @Column(name = "person_id")
    public String personId;
    public int target;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public record Key(String month, String personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    static QaPlan of(MonthKey month, PlanTarget target, String by, Instant at) {
        QaPlan plan = new QaPlan();
        plan.month = month.toString();
        plan.personId = target.personId();
        plan.target = target.target();
        plan.updatedBy = by;
        plan.updatedAt = at;
        return plan;
    }
}
