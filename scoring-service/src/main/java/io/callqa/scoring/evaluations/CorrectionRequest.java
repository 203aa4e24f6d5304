package io.callqa.scoring.evaluations;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A QA lead's correction of a released evaluation: the items that change and why; a new version results. */
public record CorrectionRequest(
        @NotNull Integer lockVersion,
        @NotEmpty List<ItemScore> items,
        @NotBlank @Size(max = 4000) String reason) {
}
