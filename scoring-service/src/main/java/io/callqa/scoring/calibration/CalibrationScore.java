package io.callqa.scoring.calibration;

import java.io.Serializable;
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
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One participant's blind scoring of a calibration call; compared with the reference when the session closes. */
@Entity
@Table(name = "calibration_score")
@IdClass(CalibrationScore.Key.class)
public class CalibrationScore extends PanacheEntityBase {

    @Id
    @Column(name = "calibration_id")
    public UUID calibrationId;
    @Id
    @Column(name = "scorer_id")
    public String scorerId;
    @Convert(converter = ItemResultsColumn.class)
    public List<EvaluationReleased.ItemResult> items = new ArrayList<>();
    public BigDecimal total;
    @Column(name = "scored_at")
    public Instant scoredAt;
    public BigDecimal deviation;
    public BigDecimal agreement;
    public Boolean flagged;

    public record Key(UUID calibrationId, String scorerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
