package io.callqa.scoring.evaluations;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.callqa.events.EventJson;
import io.callqa.events.EvaluationEvent;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A released version of an evaluation as it was published; never changed, so history never shifts. */
@Entity
@Table(name = "evaluation_release")
@IdClass(EvaluationRelease.Key.class)
public class EvaluationRelease extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Id
    public int version;
    /** The published event ({@code EvaluationReleased} or {@code EvaluationRevised}) as JSON. */
    @Column(columnDefinition = "text")
    public String snapshot;
    public String cause;
    @Column(name = "released_at")
    public Instant releasedAt;

    public record Key(UUID evaluationId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    static EvaluationRelease of(Evaluation e, EvaluationEvent published, String cause) {
        EvaluationRelease release = new EvaluationRelease();
        release.evaluationId = e.evaluationId;
        release.version = e.version;
        release.snapshot = EventJson.write(published);
        release.cause = cause;
        release.releasedAt = published.occurredAt();
        return release;
    }

    EvaluationEvent event() {
        return EventJson.read(snapshot, EvaluationEvent.class);
    }
}
