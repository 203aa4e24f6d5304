package io.callqa.scoring.evaluations;

import jakarta.validation.constraints.NotNull;

/** An action on an evaluation as the caller read it ({@code lockVersion}); a stale one gets 409. */
public record LockVersionRequest(@NotNull Integer lockVersion) {
}
