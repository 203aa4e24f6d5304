package io.callqa.feedback.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected.Reason;

class RecheckReasonTest {

    @Test
    void readsThePlanFromTheSamplingDetail() {
        UUID plan = UUID.randomUUID();
        Reason reason = new Reason("RECHECK", RecheckReason.detail(2, 3, plan));

        assertEquals("re-check 2 of 3 after coaching plan " + plan, reason.detail());
        assertEquals(Optional.of(reason), RecheckReason.find(List.of(new Reason("SHORT_CALL", "x"), reason)));
        assertEquals(Optional.of(plan), RecheckReason.planId(reason));
    }

    @Test
    void anUnreadableDetailNamesNoPlan() {
        assertTrue(RecheckReason.planId(new Reason("RECHECK", "re-check after coaching plan 42")).isEmpty());
        assertTrue(RecheckReason.planId(new Reason("RECHECK", null)).isEmpty());
        assertTrue(RecheckReason.find(List.of(new Reason("COMPLAINT", "coaching plan"))).isEmpty());
    }
}
