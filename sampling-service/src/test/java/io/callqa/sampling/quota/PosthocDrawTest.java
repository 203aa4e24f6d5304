package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PosthocDrawTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 17);
    private static final List<String> CALLS = IntStream.range(0, 40).mapToObj(i -> "call-" + i).toList();

    @Test
    void dailyCountIsRemainingOverDaysLeftRoundedUp() {
        assertEquals(3, PosthocDraw.dailyCount(7, 3, 100));
        assertEquals(1, PosthocDraw.dailyCount(1, 31, 100));
        assertEquals(7, PosthocDraw.dailyCount(7, 1, 100));
        assertEquals(2, PosthocDraw.dailyCount(6, 3, 100));
    }

    @Test
    void dailyCountIsCappedByCandidates() {
        assertEquals(2, PosthocDraw.dailyCount(7, 1, 2));
        assertEquals(0, PosthocDraw.dailyCount(7, 3, 0));
    }

    @Test
    void nothingRemainingPicksNothing() {
        assertEquals(0, PosthocDraw.dailyCount(0, 3, 10));
        assertEquals(0, PosthocDraw.dailyCount(-2, 3, 10));
    }

    @Test
    void sameAgentAndDayChooseTheSameCalls() {
        assertEquals(PosthocDraw.choose(CALLS, 5, "agent-7", DAY), PosthocDraw.choose(CALLS, 5, "agent-7", DAY));
    }

    @Test
    void anotherAgentOrDayChoosesOtherCalls() {
        List<String> picks = PosthocDraw.choose(CALLS, 5, "agent-7", DAY);

        assertNotEquals(picks, PosthocDraw.choose(CALLS, 5, "agent-8", DAY));
        assertNotEquals(picks, PosthocDraw.choose(CALLS, 5, "agent-7", DAY.plusDays(1)));
    }

    @Test
    void candidateOrderDoesNotMatter() {
        List<String> shuffled = new ArrayList<>(CALLS);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 3, 17);

        assertEquals(PosthocDraw.choose(CALLS, 5, "agent-7", DAY), PosthocDraw.choose(shuffled, 5, "agent-7", DAY));
    }

    @Test
    void choicesAreDistinctCandidates() {
        List<String> picks = PosthocDraw.choose(CALLS, 30, "agent-7", DAY);

        assertEquals(30, picks.size());
        assertEquals(30, new HashSet<>(picks).size());
        assertTrue(CALLS.containsAll(picks));
    }

    @Test
    void countIsCappedByCandidates() {
        List<String> picks = PosthocDraw.choose(List.of("b", "a", "c"), 5, "agent-7", DAY);

        assertEquals(3, picks.size());
        assertEquals(new HashSet<>(List.of("a", "b", "c")), new HashSet<>(picks));
        assertEquals(List.of(), PosthocDraw.choose(List.of(), 2, "agent-7", DAY));
        assertEquals(List.of(), PosthocDraw.choose(CALLS, 0, "agent-7", DAY));
    }

    @Test
    void duplicateCandidatesArePickedOnce() {
        List<String> picks = PosthocDraw.choose(List.of("a", "a", "b"), 3, "agent-7", DAY);

        assertEquals(2, picks.size());
        assertEquals(new HashSet<>(List.of("a", "b")), new HashSet<>(picks));
    }

    @Test
    void everyCandidateIsRoughlyEquallyLikely() {
        List<String> ten = CALLS.subList(0, 10);
        int[] counts = new int[10];
        for (int d = 0; d < 5_000; d++) {
            String pick = PosthocDraw.choose(ten, 1, "agent-7", DAY.plusDays(d)).get(0);
            counts[ten.indexOf(pick)]++;
        }
        for (int count : counts) {
            assertTrue(count > 400 && count < 600, "count = " + count);
        }
    }

    @Test
    void topUpBringsRandomSamplesToTheQuota() {
        assertEquals(2, PosthocDraw.topUp(5, 3, 100));
    }

    @Test
    void topUpStopsAtTheEligibleCalls() {
        assertEquals(1, PosthocDraw.topUp(5, 3, 4));
        assertEquals(0, PosthocDraw.topUp(5, 3, 3));
    }

    @Test
    void noTopUpWhenTheQuotaIsMetOrExceeded() {
        assertEquals(0, PosthocDraw.topUp(5, 5, 100));
        assertEquals(0, PosthocDraw.topUp(5, 6, 100));
        assertEquals(0, PosthocDraw.topUp(5, 4, 2));
    }

    @Test
    void realtimeShortfallMovesToPosthoc() {
        // quota 5: realtime target 2 but only 1 realtime pick, post-hoc target 3 met
        assertEquals(1, PosthocDraw.topUp(5, 1 + 3, 200));
    }
}
