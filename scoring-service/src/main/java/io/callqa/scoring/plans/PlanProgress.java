package io.callqa.scoring.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One person's line of {@code GET /api/v1/plans/{month}}: target, done, open, overdue (open and past due) and
 * completion % = 100 × done ÷ target, one decimal, half up; above 100 when the target is exceeded.
 */
public record PlanProgress(String personId, int target, int done, int open, int overdue, BigDecimal completionPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlanProgress {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(completionPercent, "completionPercent");
    }

    /** The line for one person, with the completion % computed from done and target (target > 0). */
    public static PlanProgress of(String personId, int target, int done, int open, int overdue) {
        return new PlanProgress(personId, target, done, open, overdue, completionPercent(done, target));
    }

    /** 100 × done ÷ target, one decimal, half up. */
    public static BigDecimal completionPercent(int done, int target) {
        if (target <= 0) {
            throw new IllegalArgumentException("target must be greater than 0, was " + target);
        }
        return HUNDRED.multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    }
}
