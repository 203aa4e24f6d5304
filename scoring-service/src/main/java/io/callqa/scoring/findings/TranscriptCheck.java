package io.callqa.scoring.findings;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a call's transcript was checked, and how many findings it gave; the transcript itself is not kept. */
@Entity
@Table(name = "transcript_check")
public class TranscriptCheck extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;
    @Column(name = "checked_at")
    public Instant checkedAt;
    public int findings;
}
