package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.callqa.events.CoachingCompleted.GoalKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lead's own plan (MANUAL). The goal defaults to NO_DEDUCTION over {@code qa.feedback.coaching.recheck-count}
 * re-checks, the due date to {@code due-in} from now, the coach to the agent's team lead.
 */
public record PlanRequest(
        @NotBlank @Size(max = 200) String agentId,
        @NotBlank @Size(max = 200) String teamId,
        @NotEmpty @Size(max = 30) List<@NotNull @NotBlank @Size(max = 100) String> weakItems,
        GoalKind goalKind,
        @Min(1) @Max(20) Integer recheckCount,
        @DecimalMin("0.0") @DecimalMax("100.0") BigDecimal goalAverage,
        Instant dueAt,
        @Size(max = 200) String coachId,
        CoachRole coachRole,
        @Size(max = 2000) String note) {
}
