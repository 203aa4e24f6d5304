package io.callqa.feedback.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.feedback.coaching.Scored;

class TeamWeaknessTest {

    private static final BigDecimal SHARE = new BigDecimal("0.30");

    private static Scored evaluation(String agent, String... deducted) {
        List<ItemResult> items = new ArrayList<>();
        for (String item : deducted) {
            items.add(new ItemResult(item, "SERVICE", "DEDUCTION", 10, 5, false, false, null, null, null));
        }
        return new Scored(UUID.randomUUID(), 1, agent, "t-1", Instant.now(), new BigDecimal("90.0"), false, items,
                List.of());
    }

    @Test
    void anItemDeductedForThirtyPercentOfTheAgentsIsATopic() {
        List<Scored> month = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            month.add(evaluation("a" + i, i < 3 ? new String[] {"S1"} : i < 5 ? new String[] {"C1"} : new String[0]));
        }
        month.add(evaluation("a0", "S1"));

        List<TeamWeakness.Finding> found = TeamWeakness.of(month, Set.of(), SHARE, 3);

        assertEquals(1, found.size());
        TeamWeakness.Finding f = found.get(0);
        assertEquals("S1", f.itemId());
        assertEquals(new BigDecimal("0.3000"), f.share());
        assertEquals(3, f.agents());
        assertEquals(10, f.agentsTotal());
        assertEquals(4, f.deductions());
    }

    @Test
    void justUnderTheShareOrTooFewAgentsIsNoTopic() {
        List<Scored> month = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            month.add(evaluation("a" + i, i < 2 ? new String[] {"S1"} : new String[0]));
        }
        assertTrue(TeamWeakness.of(month, Set.of(), SHARE, 3).isEmpty(), "2 of 7 is 28.6 %");
        assertTrue(TeamWeakness.of(List.of(evaluation("a", "S1"), evaluation("b", "S1")), Set.of(), SHARE, 3).isEmpty());
    }

    @Test
    void theShareIsOfTheTeamsRosterNotOnlyOfTheAgentsEvaluated() {
        List<Scored> month = List.of(evaluation("a0", "S1"), evaluation("a1", "S1"), evaluation("a2", "S1"));
        Set<String> ten = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            ten.add("a" + i);
        }

        List<TeamWeakness.Finding> found = TeamWeakness.of(month, ten, SHARE, 1);
        assertEquals(new BigDecimal("0.3000"), found.get(0).share());
        assertEquals(10, found.get(0).agentsTotal());

        ten.add("a10");
        assertTrue(TeamWeakness.of(month, ten, SHARE, 1).isEmpty(), "3 of 11 is 27.3 %");
        assertEquals(1, TeamWeakness.of(List.of(evaluation("solo", "S1")), Set.of(), SHARE, 1).size(),
                "one agent of one is 100 %");
    }
}
