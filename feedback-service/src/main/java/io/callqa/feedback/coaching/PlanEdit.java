package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CoachingCompleted.GoalKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change to an OPEN or IN_PROGRESS plan, made from the {@code lockVersion} the caller read. Absent fields stay
 * as they are. New weak items get their default tasks and removed ones lose theirs, unless {@code tasks} is given:
 * then it is the whole task list (a known {@code taskId} keeps its done state).
 */
public record PlanEdit(
        @NotNull Integer lockVersion,
        @Size(min = 1, max = 30) List<@NotNull @NotBlank @Size(max = 100) String> weakItems,
        GoalKind goalKind,
        @Min(1) @Max(20) Integer recheckCount,
        @DecimalMin("0.0") @DecimalMax("100.0") BigDecimal goalAverage,
        Instant dueAt,
        @Size(max = 200) String coachId,
        CoachRole coachRole,
        @Size(max = 200) List<@Valid @NotNull TaskEdit> tasks) {

    /** One task as it should be; without {@code taskId} a new one. */
    public record TaskEdit(UUID taskId, @NotBlank @Size(max = 100) String itemId, @NotNull TaskKind kind,
            @Size(max = 2000) String description) {
    }
}
