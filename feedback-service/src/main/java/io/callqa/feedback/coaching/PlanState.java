package io.callqa.feedback.coaching;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A plan's life: OPEN → IN_PROGRESS → COMPLETED → VERIFIED | FAILED, or CLOSED (cancelled) before its re-check
 * decided it. Plain Java: which action is allowed in which state, so the REST and Kafka sides share one rule.
 */
public enum PlanState {
    OPEN, IN_PROGRESS, COMPLETED, VERIFIED, FAILED, CLOSED;

    /** What can be done to a plan; each names the states it is allowed in. */
    public enum Action {
        START(EnumSet.of(OPEN)),
        EDIT(EnumSet.of(OPEN, IN_PROGRESS)),
        MARK_TASK_DONE(EnumSet.of(OPEN, IN_PROGRESS)),
        COMPLETE(EnumSet.of(IN_PROGRESS)),
        CLOSE(EnumSet.of(OPEN, IN_PROGRESS, COMPLETED)),
        DECIDE(EnumSet.of(COMPLETED));

        private final Set<PlanState> from;

        Action(Set<PlanState> from) {
            this.from = from;
        }

        public Set<PlanState> allowedIn() {
            return from;
        }
    }

    private static final Map<Action, PlanState> TARGET = Map.of(Action.START, IN_PROGRESS, Action.COMPLETE, COMPLETED,
            Action.CLOSE, CLOSED);

    /** Still to be carried out or verified: an automatic trigger adds to such a plan instead of raising another. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS || this == COMPLETED;
    }

    public boolean allows(Action action) {
        return action.allowedIn().contains(this);
    }

    /** The state after {@code action} (START, COMPLETE, CLOSE); fails when this state does not allow it. */
    public PlanState after(Action action) {
        check(action);
        PlanState target = TARGET.get(action);
        if (target == null) {
            throw new IllegalArgumentException(action + " has no fixed target state");
        }
        return target;
    }

    /** Fails with {@link WrongState} unless this state allows {@code action}. */
    public void check(Action action) {
        if (!allows(action)) {
            throw new WrongState(this, action);
        }
    }

    /** An action the plan's state does not allow; the REST side answers 409 with this message. */
    public static final class WrongState extends RuntimeException {
        public WrongState(PlanState state, Action action) {
            super("the plan is " + state + "; " + action.name().toLowerCase().replace('_', ' ')
                    + " needs a plan that is " + String.join(" or ", action.allowedIn().stream().map(Enum::name).toList()));
        }
    }
}
