package io.callqa.sampling.rules;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;

/** The sampling rules (抽检规则), each with the review mode and priority its samples get by default. */
public enum Rule {

    SHORT_CALL(Mode.REALTIME, Priority.HIGH),
    SLA_MISS_LONG_CALL(Mode.POSTHOC, Priority.NORMAL),
    NEIGHBOUR(Mode.REALTIME, Priority.HIGH),
    RANDOM_REALTIME(Mode.REALTIME, Priority.NORMAL),
    RANDOM_POSTHOC(Mode.POSTHOC, Priority.NORMAL),
    NEW_HIRE(Mode.POSTHOC, Priority.NORMAL),
    COMPLAINT(Mode.REALTIME, Priority.URGENT),
    REPEAT_CALL(Mode.POSTHOC, Priority.NORMAL),
    MANUAL(Mode.POSTHOC, Priority.NORMAL),
    RECHECK(Mode.REALTIME, Priority.HIGH);

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

    /** The random quota's picks: they never count as targeted picks. */
    public boolean random() {
        return this == RANDOM_REALTIME || this == RANDOM_POSTHOC;
    }
}
