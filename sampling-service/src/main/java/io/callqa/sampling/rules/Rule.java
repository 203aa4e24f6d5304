package io.callqa.sampling.rules;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;

/** The sampling rules, each with the review mode and priority its samples get. */
public enum Rule {

    SHORT_CALL(Mode.REALTIME, Priority.HIGH);

    private final Mode mode;
    private final Priority priority;

    Rule(Mode mode, Priority priority) {
        this.mode = mode;
        this.priority = priority;
    }

    public Mode mode() {
        return mode;
    }

    public Priority priority() {
        return priority;
    }
}
