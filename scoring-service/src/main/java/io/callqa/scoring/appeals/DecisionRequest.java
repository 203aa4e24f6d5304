package io.callqa.scoring.appeals;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

import io.callqa.events.AppealDecided;
import io.callqa.scoring.evaluations.ItemScore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A QA lead's decision: UPHELD with the revised {@code items}, or REJECTED; the reason either way. */
public record DecisionRequest(
        @NotNull AppealDecided.Decision decision,
        @NotBlank @Size(max = 4000) String reason,
        @JsonAlias("revisedItems") List<ItemScore> items) {
}
