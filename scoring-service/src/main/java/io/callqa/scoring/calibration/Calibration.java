package io.callqa.scoring.calibration;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

/** A calibration session (校准): named evaluators and a reference scorer score one call blind until it closes. */
@Entity
@Table(name = "calibration")
public class Calibration extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "calibration_id")
    public UUID calibrationId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "scorecard_id")
    public String scorecardId;
    @Column(name = "scorecard_version")
    public int scorecardVersion;
    @Column(name = "reference_scorer")
    public String referenceScorer;
    @Convert(converter = StringListColumn.class)
    public List<String> evaluators = new ArrayList<>();
    public String status;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "reference_total")
    public BigDecimal referenceTotal;
    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    public boolean isOpen() {
        return Status.OPEN.name().equals(status);
    }

    public boolean takesPart(String person) {
        return referenceScorer.equals(person) || evaluators.contains(person);
    }
}
