package io.callqa.reporting.operations;

import java.util.List;

/** The QA team's month: plan completion and calibration per evaluator, and the appeals of the whole center. */
public record QaOperationsReport(String month, boolean planSet, List<EvaluatorRow> evaluators, Appeals appeals) {
}
