package io.callqa.feedback.coaching;

import java.util.List;
import java.util.UUID;

/**
 * An automatic trigger that fired: what raised it ({@code key}, unique per trigger so that it never raises two
 * plans), the evaluations behind it, the weak items and the goal a plan on them gets.
 */
public record Detection(Trigger trigger, String key, List<UUID> evidence, List<String> weakItems, Goal goal) {

    public Detection {
        evidence = List.copyOf(evidence);
        weakItems = List.copyOf(weakItems);
    }
}
