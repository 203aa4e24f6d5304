package io.callqa.reporting.coverage;

import java.math.BigDecimal;

import io.callqa.reporting.figures.Ratio;

/**
 * The samples of one rule, one mode, or all of them: how many were sampled, how many of those have an evaluation
 * (newest version) and their share, and how many are overdue (no evaluation and past {@code due_at}).
 */
public record Coverage(String name, long sampled, long evaluated, BigDecimal evaluatedShare, long overdue) {

    public static Coverage of(String name, long sampled, long evaluated, long overdue) {
        return new Coverage(name, sampled, evaluated, Ratio.share(evaluated, sampled), overdue);
    }
}
