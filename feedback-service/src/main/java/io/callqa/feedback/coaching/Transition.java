package io.callqa.feedback.coaching;

import java.time.Instant;

/** One entry of a plan's history: who moved it from which state to which (or changed it: {@code note}), when. */
public record Transition(String from, String to, String by, Instant at, String note) {
}
