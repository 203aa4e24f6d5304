package io.callqa.feedback.knowledge;

import java.time.Instant;
import java.util.UUID;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question the knowledge base did not answer, for its owner: met on a floor walk (巡检) and marked as a gap, or
 * found by an evaluation that deducted an item for a knowledge-base reason. OPEN until someone resolves it.
 */
@Entity
@Table(name = "knowledge_gap")
public class KnowledgeGap extends PanacheEntityBase {

    public enum Source { FLOOR_WALK, EVALUATION }

    public enum Status { OPEN, RESOLVED }

    @Id
    @Column(name = "gap_id")
    public UUID gapId;
    public String source;
    @Column(name = "floor_walk_id")
    public UUID floorWalkId;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "evaluation_version")
    public Integer evaluationVersion;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String topic;
    public String question;
    @Column(name = "answer_given")
    public String answerGiven;
    public String comment;
    public String quote;
    public String status;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolution_note")
    public String resolutionNote;

    /** A gap a floor walk revealed: its issue is the question, with the answer given on the spot. */
    public static KnowledgeGap ofFloorWalk(UUID floorWalkId, String agentId, String teamId, Instant at, String topic,
            String issue, String answerGiven, String comment) {
        KnowledgeGap gap = open(Source.FLOOR_WALK, agentId, teamId, at);
        gap.floorWalkId = floorWalkId;
        gap.topic = topic;
        gap.question = issue;
        gap.answerGiven = answerGiven;
        gap.comment = comment;
        return gap;
    }

    /** A gap an evaluation revealed: the deducted item, the evaluator's note on it and the quoted moment. */
    static KnowledgeGap ofItem(UUID evaluationId, int version, String callId, String agentId, String teamId,
            Instant releasedAt, ItemResult item) {
        KnowledgeGap gap = open(Source.EVALUATION, agentId, teamId, releasedAt);
        gap.evaluationId = evaluationId;
        gap.evaluationVersion = version;
        gap.callId = callId;
        gap.itemId = item.itemId();
        gap.comment = item.comment();
        gap.quote = item.quote() == null ? null : item.quote().text();
        return gap;
    }

    private static KnowledgeGap open(Source source, String agentId, String teamId, Instant at) {
        KnowledgeGap gap = new KnowledgeGap();
        gap.gapId = UUID.randomUUID();
        gap.source = source.name();
        gap.agentId = agentId;
        gap.teamId = teamId;
        gap.occurredAt = at;
        gap.status = Status.OPEN.name();
        return gap;
    }
}
