package io.callqa.feedback.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A QA lead's rejection of a nomination, and why (shown on the nomination). */
public record RejectionRequest(@NotBlank @Size(max = 4000) String reason) {
}
