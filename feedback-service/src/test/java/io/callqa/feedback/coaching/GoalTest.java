package io.callqa.feedback.coaching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class GoalTest {

    private static Recheck recheck(String total, String... lost) {
        return new Recheck(UUID.randomUUID(), 1, new BigDecimal(total), List.of(lost), Instant.now());
    }

    @Test
    void noDeductionIsMetOnlyWhenNoWeakItemLostPoints() {
        Goal goal = Goal.noDeduction(3);

        assertFalse(goal.decidable(List.of(recheck("90.0"), recheck("90.0"))));
        assertTrue(goal.metBy(List.of(recheck("70.0"), recheck("90.0"), recheck("90.0"))));
        assertFalse(goal.metBy(List.of(recheck("99.0"), recheck("99.0", "S1"), recheck("99.0"))));
    }

    @Test
    void averageAtLeastCountsTheFirstRechecks() {
        Goal goal = Goal.averageAtLeast(3, new BigDecimal("85.0"));

        assertTrue(goal.metBy(List.of(recheck("80.0"), recheck("85.0"), recheck("90.0"), recheck("0.0"))));
        assertFalse(goal.metBy(List.of(recheck("80.0"), recheck("85.0"), recheck("89.8"))), "84.93 is 84.9, as every average is shown");
    }

    @Test
    void aRevisedRecheckReplacesItsEarlierVersion() {
        Recheck v1 = recheck("60.0", "S1");
        Recheck v2 = new Recheck(v1.evaluationId(), 2, new BigDecimal("95.0"), List.of(), v1.releasedAt());

        List<Recheck> list = Recheck.with(Recheck.with(List.of(), v1), v2);

        assertTrue(list.size() == 1 && list.get(0).version() == 2);
        assertTrue(Recheck.with(list, v1).get(0).version() == 2, "an older version never replaces a newer one");
    }
}
