package io.callqa.sampling.neighbours;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

/**
 * A step of a NEIGHBOUR chain (应对该录音前后录音依次听取): the origin call whose evaluation found a problem, the
 * side, and how many calls from the origin this step is (1 = the immediate neighbour).
 */
public record Chain(String originCallId, UUID evaluationId, Side side, int depth) {

    /** The next step outwards, or none beyond {@code maxDepth}. */
    public Optional<Chain> next(UUID evaluationOfThisStep, int maxDepth) {
        return depth >= maxDepth ? Optional.empty()
                : Optional.of(new Chain(originCallId, evaluationOfThisStep, side, depth + 1));
    }

    public Reason reason() {
        return new Reason(Rule.NEIGHBOUR, (side == Side.BEFORE ? "call before" : "call after") + " call "
                + originCallId + " (step " + depth + "), picked because evaluation " + evaluationId
                + " found a problem",
                Map.of("originCallId", originCallId, "evaluationId", evaluationId.toString(), "side", side.name(),
                        "depth", depth));
    }

    /** Reads a chain step back from a NEIGHBOUR reason's evidence. */
    public static Chain of(Map<String, Object> evidence) {
        return new Chain((String) evidence.get("originCallId"), UUID.fromString((String) evidence.get("evaluationId")),
                Side.valueOf((String) evidence.get("side")), ((Number) evidence.get("depth")).intValue());
    }
}
