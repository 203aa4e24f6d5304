package io.callqa.feedback.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * A knowledge gap as the API shows it. From a floor walk: {@code question} (the issue), {@code answerGiven},
 * {@code topic}, {@code comment}. From an evaluation: {@code itemId}, {@code comment} (the evaluator's note on the
 * item) and {@code quote} (what was said).
 */
public record GapView(
        UUID gapId,
        String source,
        String agentId,
        String teamId,
        Instant occurredAt,
        String topic,
        String question,
        String answerGiven,
        String itemId,
        String comment,
        String quote,
        UUID floorWalkId,
        UUID evaluationId,
        Integer evaluationVersion,
        String callId,
        String status,
        String resolvedBy,
        Instant resolvedAt,
        String resolutionNote) {

    static GapView of(KnowledgeGap g) {
        return new GapView(g.gapId, g.source, g.agentId, g.teamId, g.occurredAt, g.topic, g.question, g.answerGiven,
                g.itemId, g.comment, g.quote, g.floorWalkId, g.evaluationId, g.evaluationVersion, g.callId, g.status,
                g.resolvedBy, g.resolvedAt, g.resolutionNote);
    }
}
