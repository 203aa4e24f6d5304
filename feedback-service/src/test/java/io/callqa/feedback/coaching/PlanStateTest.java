package io.callqa.feedback.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.callqa.feedback.coaching.PlanState.Action;

class PlanStateTest {

    @Test
    void aPlanMovesOpenInProgressCompleted() {
        assertEquals(PlanState.IN_PROGRESS, PlanState.OPEN.after(Action.START));
        assertEquals(PlanState.COMPLETED, PlanState.IN_PROGRESS.after(Action.COMPLETE));
        assertTrue(PlanState.COMPLETED.allows(Action.DECIDE));
    }

    @Test
    void wrongStatesAreRefusedNamingTheState() {
        PlanState.WrongState e = assertThrows(PlanState.WrongState.class, () -> PlanState.OPEN.after(Action.COMPLETE));
        assertEquals("the plan is OPEN; complete needs a plan that is IN_PROGRESS", e.getMessage());
        assertThrows(PlanState.WrongState.class, () -> PlanState.COMPLETED.check(Action.EDIT));
        assertThrows(PlanState.WrongState.class, () -> PlanState.VERIFIED.after(Action.CLOSE));
        assertThrows(PlanState.WrongState.class, () -> PlanState.IN_PROGRESS.check(Action.DECIDE));
    }

    @Test
    void onlyUndecidedPlansAreOpen() {
        assertTrue(PlanState.COMPLETED.isOpen());
        assertFalse(PlanState.VERIFIED.isOpen());
        assertFalse(PlanState.FAILED.isOpen());
        assertFalse(PlanState.CLOSED.isOpen());
    }
}
