package io.callqa.feedback.library;

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

/** A recording in the excellent-recording library (优秀录音库), made by approving a nomination. */
@Entity
@Table(name = "library_entry")
public class LibraryEntry extends PanacheEntityBase {

    @Id
    @Column(name = "recording_id")
    public UUID recordingId;
    @Column(name = "nomination_id")
    public UUID nominationId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public int evaluationVersion;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Convert(converter = StringListColumn.class)
    public List<String> items = new ArrayList<>();
    /** The same column as text, for searching: {@code ["B1","S2"]}. */
    @Column(name = "items", insertable = false, updatable = false)
    public String itemsText;
    @Column(name = "wrap_up_code")
    public String wrapUpCode;
    @Column(name = "queue_id")
    public String queueId;
    @Column(name = "recording_uri")
    public String recordingUri;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    public String note;
    @Column(name = "bonus_points")
    public int bonusPoints;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
}
