package io.callqa.scoring.evaluations;

import java.util.List;

import io.callqa.events.EvaluationReleased;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The evaluator's new scoring of their draft, made from the {@code lockVersion} they read. */
public record DraftRequest(
        @NotNull Integer lockVersion,
        @NotEmpty List<ItemScore> items,
        @Size(max = 4000) String comment,
        boolean sendToQa,
        boolean nominateExcellent,
        boolean serviceProblem,
        EvaluationReleased.Flags flags) {

    /** The flags, given either as {@code flags: {…}} (as an evaluation shows them) or one by one. */
    EvaluationReleased.Flags effectiveFlags() {
        return flags != null ? flags : new EvaluationReleased.Flags(sendToQa, nominateExcellent, serviceProblem);
    }
}
