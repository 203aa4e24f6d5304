package io.callqa.feedback.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.callqa.events.EvaluationReleased.ItemResult;

/**
 * Which evaluations earn a place on the nomination list, and which items a recording exemplifies by default.
 * Plain Java: the rule is tested without Quarkus.
 */
public final class Qualification {

    /** Why an evaluation was nominated: the evaluator's flag (送交优秀录音), or a total at the threshold. */
    public enum Source { NOMINATED_BY_EVALUATOR, AUTO_SCORE }

    private Qualification() {
    }

    /**
     * The reason the evaluation qualifies, the evaluator's flag first; empty when it does not. A failed red line
     * (红线) never qualifies, whatever the flag says: a call that broke one cannot be held up as an example.
     */
    public static Optional<Source> of(ScoredEvaluation e, BigDecimal threshold) {
        if (e.criticalFailed()) {
            return Optional.empty();
        }
        if (e.nominateExcellent()) {
            return Optional.of(Source.NOMINATED_BY_EVALUATOR);
        }
        return e.totalScore() != null && e.totalScore().compareTo(threshold) >= 0
                ? Optional.of(Source.AUTO_SCORE)
                : Optional.empty();
    }

    /**
     * The items a recording exemplifies unless the approving lead names others: those scored full marks. N/A
     * items and red lines (which carry no points) exemplify nothing.
     */
    public static List<String> fullMarks(List<ItemResult> items) {
        return items.stream()
                .filter(i -> !i.na() && !i.failed() && i.maxPoints() > 0 && i.awarded() != null
                        && i.awarded() == i.maxPoints())
                .map(ItemResult::itemId)
                .toList();
    }
}
