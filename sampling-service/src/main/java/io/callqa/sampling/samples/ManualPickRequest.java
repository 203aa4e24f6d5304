package io.callqa.sampling.samples;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.callqa.events.SampleSelected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A manual pick (人工抽检): the call, why, and optionally the review mode and priority the pick asks for (by
 * default those of the MANUAL rule: POSTHOC, NORMAL, unless configured otherwise).
 */
public record ManualPickRequest(
        @Schema(example = "c-20261102-000123")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9._:@-]{1,64}", message = "must be 1-64 characters of A-Z a-z 0-9 . _ : @ -")
        String callId,
        @Schema(example = "customer asked for a supervisor")
        @NotBlank(message = "is required")
        @Size(max = 500, message = "must be 1-500 characters")
        String note,
        SampleSelected.Mode mode,
        SampleSelected.Priority priority) {
}
