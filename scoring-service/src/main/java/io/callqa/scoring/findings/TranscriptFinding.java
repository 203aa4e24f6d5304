package io.callqa.scoring.findings;

import java.time.Instant;
import java.util.UUID;

import io.callqa.scoring.checks.Finding;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding of the automatic transcript checks on a call, and the evaluator's decision on it. */
@Entity
@Table(name = "transcript_finding")
public class TranscriptFinding extends PanacheEntityBase {

    public enum Decision { ACCEPTED, DISMISSED }

    @Id
    @Column(name = "finding_id")
    public UUID findingId;
    @Column(name = "call_id")
    public String callId;
    public int seq;
    @Column(name = "check_name")
    public String check;
    public String rule;
    public int line;
    @Column(name = "offset_ms")
    public long offsetMs;
    /** The utterance with every ID or bank-card number masked. */
    public String quote;
    @Column(name = "item_id")
    public String itemId;
    public String reason;
    /** Points an accepted finding deducts from a DEDUCTION item; 0 for a red line, which it fails. */
    public int deduction;
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    static TranscriptFinding of(String callId, int seq, Finding finding) {
        TranscriptFinding f = new TranscriptFinding();
        f.findingId = UUID.randomUUID();
        f.callId = callId;
        f.seq = seq;
        f.check = finding.check().name();
        f.rule = finding.rule();
        f.line = finding.line();
        f.offsetMs = finding.offsetMs();
        f.quote = finding.quote();
        f.itemId = finding.itemId();
        f.reason = finding.reason();
        f.deduction = finding.suggestedDeduction();
        return f;
    }

    public boolean isAccepted() {
        return Decision.ACCEPTED.name().equals(decision);
    }
}
