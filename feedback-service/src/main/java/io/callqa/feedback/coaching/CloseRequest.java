package io.callqa.feedback.coaching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a plan is cancelled. */
public record CloseRequest(@NotBlank @Size(max = 2000) String reason) {
}
