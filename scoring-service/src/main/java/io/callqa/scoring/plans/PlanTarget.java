package io.callqa.scoring.plans;

import java.util.Objects;

/** One person's line in a monthly QA plan (质检计划): how many evaluations they are to complete that month. */
public record PlanTarget(String personId, int target) {

    public PlanTarget {
        Objects.requireNonNull(personId, "personId");
        if (personId.isBlank()) {
            throw new IllegalArgumentException("personId must not be blank");
        }
        if (target <= 0) {
            throw new IllegalArgumentException("target of " + personId + " must be greater than 0, was " + target);
        }
    }
}
