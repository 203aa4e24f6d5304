package io.callqa.scoring.plans;

import java.util.Objects;
import java.util.UUID;

/** A task given to one person of the month's plan. */
public record Assignment(UUID taskId, String personId) {

    public Assignment {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(personId, "personId");
    }
}
