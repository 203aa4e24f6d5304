package io.callqa.feedback.floorwalks;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A floor walk to record: who (工号, 班级), when ({@code at}, default now, not in the future), the issue, the answer
 * given on the spot, a comment, whether it reveals a knowledge-base gap, and an optional short topic.
 */
public record FloorWalkRequest(
        @NotBlank @Size(max = 100) String agentId,
        @NotBlank @Size(max = 100) String teamId,
        Instant at,
        @NotBlank @Size(max = 4000) String issue,
        @Size(max = 4000) String answerGiven,
        @Size(max = 4000) String comment,
        Boolean knowledgeGap,
        @Size(max = 200) String topic) {
}
