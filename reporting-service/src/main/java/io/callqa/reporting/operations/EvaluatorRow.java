package io.callqa.reporting.operations;

import java.math.BigDecimal;

/**
 * One evaluator's month: plan target (null without one) and evaluations done (distinct evaluations first released in
 * the month), completion in percent (one decimal, null without a target), their latest calibration up to the month's
 * end (null when none) and the appeals against their evaluations.
 */
public record EvaluatorRow(String evaluatorId, Integer target, long done, BigDecimal completionPercent,
        Calibration calibration, Appeals appeals) {
}
