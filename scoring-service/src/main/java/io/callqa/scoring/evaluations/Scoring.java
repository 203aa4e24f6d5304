package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.util.List;

import io.callqa.events.EvaluationReleased.ItemResult;

/** The outcome of scoring: the total (one decimal), whether a red line failed, each item's result. */
public record Scoring(BigDecimal total, boolean criticalFailed, List<ItemResult> items) {

    /** 发现问题: a red line failed, the total is under the pass mark, or the evaluator flagged a service problem. */
    public boolean problemFound(BigDecimal passMark, boolean serviceProblem) {
        return criticalFailed || total.compareTo(passMark) < 0 || serviceProblem;
    }
}
