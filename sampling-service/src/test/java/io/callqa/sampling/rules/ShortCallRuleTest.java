package io.callqa.sampling.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShortCallRuleTest {

    private final ShortCallRule rule = new ShortCallRule(20);

    @Test
    void answeredCallUnderTwentySecondsIsPicked() {
        Reason reason = rule.evaluate(true, 19).orElseThrow();

        assertEquals(Rule.SHORT_CALL, reason.rule());
        assertEquals("talk time 19 s is under 20 s", reason.detail());
    }

    @Test
    void twentySecondsIsNotShort() {
        assertTrue(rule.evaluate(true, 20).isEmpty());
    }

    @Test
    void abandonedCallOrUnknownTalkTimeIsNotPicked() {
        assertTrue(rule.evaluate(false, 0).isEmpty());
        assertTrue(rule.evaluate(true, null).isEmpty());
    }
}
