package io.callqa.scoring.plans;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A month's plan: each person's target of evaluations. Replaces the month's plan as a whole. */
public record PlanRequest(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Target> targets) {

    /** {@code personId} may also be sent as {@code evaluatorId} or {@code userId}. */
    public record Target(@JsonAlias({"evaluatorId", "userId"}) @NotBlank @Size(max = 200) String personId,
            @NotNull @Min(1) Integer target) {
    }
}
