package io.callqa.feedback.floorwalks;

import java.time.Instant;
import java.util.UUID;

/** A floor-walk record as the API shows it. */
public record FloorWalkView(
        UUID floorWalkId,
        String agentId,
        String teamId,
        Instant at,
        String issue,
        String answerGiven,
        String comment,
        boolean knowledgeGap,
        String topic,
        String recordedBy,
        Instant recordedAt) {

    static FloorWalkView of(FloorWalk w) {
        return new FloorWalkView(w.floorWalkId, w.agentId, w.teamId, w.walkedAt, w.issue, w.answerGiven, w.comment,
                w.knowledgeGap, w.topic, w.recordedBy, w.recordedAt);
    }
}
