package io.callqa.kit.testapp;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record NoteRequest(
        @NotBlank String callId,
        @NotBlank String text,
        OffsetDateTime at,
        @Valid List<@NotNull Item> items) {

    public record Item(@Min(0) @Max(10) int points) {
    }
}
