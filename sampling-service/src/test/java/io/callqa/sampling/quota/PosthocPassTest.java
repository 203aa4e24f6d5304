package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.callqa.sampling.rules.Rule;

class PosthocPassTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private static AgentMonth row(int quota, int realtimeTarget, int realtimePicks, int posthocPicks) {
        return new AgentMonth("A0001", "2026-11", 250, 3, null, 0, BigDecimal.ONE, false, quota, realtimeTarget,
                quota - realtimeTarget, realtimePicks, posthocPicks, 0);
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    private static List<String> picked(List<PosthocPass.Choice> choices) {
        return choices.stream().map(PosthocPass.Choice::callId).toList();
    }

    @Test
    void aDayPicksItsShareOfTheRemainingPosthocTarget() {
        List<PosthocPass.Choice> choices = PosthocPass.decide(row(10, 3, 0, 0), FIRST, ids("c", 20), null);

        assertEquals(1, choices.size()); // ceil(7 / 30)
        assertEquals(PosthocDraw.choose(ids("c", 20), 1, "A0001", FIRST), picked(choices));
        assertEquals(Rule.RANDOM_POSTHOC, choices.get(0).reason().rule());
        assertEquals(7, choices.get(0).reason().evidence().get("remaining"));
        assertEquals(30, choices.get(0).reason().evidence().get("daysLeft"));
    }

    @Test
    void nothingIsPickedOnceThePosthocTargetIsMetBeforeTheLastDay() {
        assertTrue(PosthocPass.decide(row(3, 1, 0, 2), FIRST.plusDays(3), ids("c", 5), null).isEmpty());
    }

    @Test
    void theLastDayTopsUpARealtimeShortfallFromTheMonthsUnsampledCalls() {
        List<String> month = ids("m", 30);
        // realtime picked nothing, post-hoc met its 2: one more so that RANDOM totals the quota of 3
        List<PosthocPass.Choice> choices = PosthocPass.decide(row(3, 1, 0, 2), LAST, List.of(),
                new PosthocPass.MonthPool(32, month));

        assertEquals(1, choices.size());
        assertTrue(month.contains(choices.get(0).callId()));
        assertTrue(choices.get(0).reason().detail().contains("month-end top-up"), choices.get(0).reason().detail());
        assertEquals(3, choices.get(0).reason().evidence().get("target"));
    }

    @Test
    void theLastDayTakesTheRemainingFromItsOwnCallsFirstAndNeverPicksACallTwice() {
        List<String> day = ids("d", 3);
        List<String> month = new java.util.ArrayList<>(ids("m", 10));
        month.addAll(day);
        List<PosthocPass.Choice> choices = PosthocPass.decide(row(6, 2, 1, 1), LAST, day,
                new PosthocPass.MonthPool(13, month));

        List<String> ids = picked(choices);
        // post-hoc 1 of 4: the last day takes the 3 remaining from its 3 calls; realtime 1 of 2: the shortfall of 1
        // is topped up from the rest of the month
        assertEquals(4, ids.size());
        assertEquals(4, new HashSet<>(ids).size());
        assertEquals(Set.copyOf(day), Set.copyOf(ids.subList(0, 3)));
        assertTrue(month.subList(0, 10).contains(ids.get(3)));
    }

    @Test
    void theTopUpNeverExceedsTheEligibleCalls() {
        List<PosthocPass.Choice> choices = PosthocPass.decide(row(5, 2, 0, 0), LAST, List.of("a"),
                new PosthocPass.MonthPool(2, List.of("a", "b")));

        assertEquals(Set.of("a", "b"), new HashSet<>(picked(choices)));
    }
}
