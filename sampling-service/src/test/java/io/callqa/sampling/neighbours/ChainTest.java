package io.callqa.sampling.neighbours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

class ChainTest {

    private static final UUID ORIGIN_EVALUATION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID NEXT_EVALUATION = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void aChainGoesOutwardsOnItsSideUpToThreeCallsFromTheOrigin() {
        Chain first = new Chain("c-origin", ORIGIN_EVALUATION, Side.AFTER, 1);

        Chain second = first.next(NEXT_EVALUATION, 3).orElseThrow();
        Chain third = second.next(NEXT_EVALUATION, 3).orElseThrow();

        assertEquals(new Chain("c-origin", NEXT_EVALUATION, Side.AFTER, 2), second);
        assertEquals(3, third.depth());
        assertTrue(third.next(NEXT_EVALUATION, 3).isEmpty());
    }

    @Test
    void aStepIsReadBackFromItsReasonsEvidence() {
        Chain step = new Chain("c-origin", ORIGIN_EVALUATION, Side.BEFORE, 2);
        Reason reason = step.reason();

        assertEquals(Rule.NEIGHBOUR, reason.rule());
        assertEquals("call before call c-origin (step 2), picked because evaluation " + ORIGIN_EVALUATION
                + " found a problem", reason.detail());
        assertEquals(step, Chain.of(Map.copyOf(reason.evidence())));
    }
}
