package io.callqa.scoring.evaluations;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision at the current level: APPROVE (to the next level, or released after the last), RETURN to
 * the evaluator's draft with a {@code comment}, or ADJUST some {@code items} with the reason in {@code comment}
 * and approve.
 */
public record ReviewRequest(
        @NotNull Integer lockVersion,
        @NotNull Decision decision,
        @Size(max = 4000) String comment,
        List<ItemScore> items) {

    public enum Decision { APPROVE, RETURN, ADJUST }
}
