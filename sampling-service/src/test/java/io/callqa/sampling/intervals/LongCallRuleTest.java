package io.callqa.sampling.intervals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LongCallRuleTest {

    private final LongCallRule rule = new LongCallRule(200);

    @Test
    void answeredInboundCallOver200SecondsQualifies() {
        assertTrue(rule.qualifies(true, true, 201));
    }

    @Test
    void exactly200SecondsDoesNotQualify() {
        assertFalse(rule.qualifies(true, true, 200));
    }

    @Test
    void outboundAbandonedOrUnknownTalkTimeDoesNotQualify() {
        assertFalse(rule.qualifies(false, true, 500));
        assertFalse(rule.qualifies(true, false, 500));
        assertFalse(rule.qualifies(true, true, null));
    }
}
