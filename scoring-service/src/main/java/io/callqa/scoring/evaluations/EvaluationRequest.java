package io.callqa.scoring.evaluations;

import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evaluator's scoring of one task: a verdict per scorecard item, a comment (点评), and the template's flags:
 * 是否送交质检 ({@code sendToQa}), 是否送交优秀录音 ({@code nominateExcellent}) and a service problem.
 * {@code submit} false keeps it as a DRAFT; {@code scorecardVersion}, when given, must be the version it is scored on.
 */
public record EvaluationRequest(
        @NotNull UUID taskId,
        Integer scorecardVersion,
        @NotEmpty List<ItemScore> items,
        @Size(max = 4000) String comment,
        boolean sendToQa,
        boolean nominateExcellent,
        boolean serviceProblem,
        EvaluationReleased.Flags flags,
        Boolean submit) {

    /** The flags, given either as {@code flags: {…}} (as an evaluation shows them) or one by one. */
    EvaluationReleased.Flags effectiveFlags() {
        return flags != null ? flags : new EvaluationReleased.Flags(sendToQa, nominateExcellent, serviceProblem);
    }

    boolean submitNow() {
        return submit == null || submit;
    }
}
