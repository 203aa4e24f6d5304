package io.callqa.sampling.recheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.recheck.RecheckRule.Choice;
import io.callqa.sampling.recheck.RecheckRule.Open;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

class RecheckRuleTest {

    private static final Instant COMPLETED = Instant.parse("2026-11-10T02:00:00Z");
    private static final UUID PLAN = UUID.fromString("3f0c9a4e-1b2d-4c5e-8f70-1a2b3c4d5e6f");
    private static final RecheckRule.Budget ANY = RecheckRule.Budget.unlimited();

    @Test
    void takesTheAgentsNextAnsweredCallsFromCompletionEarliestFirstUpToN() {
        Open recheck = new Open(PLAN, "a-1", 3, 3, COMPLETED);
        List<CallRow> calls = List.of(answered("c-4", "a-1", 400), answered("c-2", "a-1", 200),
                answered("c-before", "a-1", -1), answered("c-1", "a-1", 0), answered("c-3", "a-1", 300),
                answered("c-other", "a-2", 100));

        List<Choice> choices = RecheckRule.choose(List.of(recheck), calls, Set.of(), ANY);

        assertEquals(List.of("c-1", "c-2", "c-3"), choices.stream().map(c -> c.call().callId()).toList());
        assertEquals(List.of(1, 2, 3), choices.stream().map(Choice::ordinal).toList());
    }

    @Test
    void aCallAnsweredExactlyAtCompletionCountsAndOneAMomentBeforeDoesNot() {
        Open recheck = new Open(PLAN, "a-1", 3, 3, COMPLETED);

        List<Choice> choices = RecheckRule.choose(List.of(recheck), List.of(answered("c-at", "a-1", 0),
                answered("c-just-before", "a-1", -1)), Set.of(), ANY);

        assertEquals(List.of("c-at"), choices.stream().map(c -> c.call().callId()).toList());
    }

    @Test
    void anUnansweredCallIsPassedOver() {
        Open recheck = new Open(PLAN, "a-1", 3, 3, COMPLETED);
        CallRow abandoned = new CallRow("c-x", "a-1", "t-1", "q-1", "VOICE", "OUTBOUND", "ABANDONED", null, null,
                COMPLETED.plusSeconds(30), null, null, null, null, null, COMPLETED, null, null, true, null, null);

        assertTrue(RecheckRule.choose(List.of(recheck), List.of(abandoned), Set.of(), ANY).isEmpty());
    }

    @Test
    void numbersOnFromThePicksAlreadyMadeAndStopsAtN() {
        Open recheck = new Open(PLAN, "a-1", 3, 1, COMPLETED);

        List<Choice> choices = RecheckRule.choose(List.of(recheck), List.of(answered("c-5", "a-1", 500),
                answered("c-6", "a-1", 600)), Set.of(), ANY);

        assertEquals(1, choices.size());
        assertEquals(3, choices.get(0).ordinal());
        assertEquals("c-5", choices.get(0).call().callId());
    }

    @Test
    void aCallTakenByAReCheckIsNotTakenAgainNorByAnother() {
        UUID second = UUID.randomUUID();
        Open older = new Open(PLAN, "a-1", 2, 2, COMPLETED);
        Open newer = new Open(second, "a-1", 2, 2, COMPLETED.plusSeconds(60));
        List<CallRow> calls = List.of(answered("c-1", "a-1", 100), answered("c-2", "a-1", 200),
                answered("c-3", "a-1", 300), answered("c-4", "a-1", 400));

        List<Choice> choices = RecheckRule.choose(List.of(newer, older), calls, Set.of("c-1"), ANY);

        assertEquals(List.of("c-2", "c-3", "c-4"), choices.stream().map(c -> c.call().callId()).toList());
        assertEquals(List.of(PLAN, PLAN, second), choices.stream().map(c -> c.recheck().planId()).toList());
        assertEquals(List.of(1, 2, 1), choices.stream().map(Choice::ordinal).toList());
    }

    @Test
    void aClosedReCheckTakesNothing() {
        Open done = new Open(PLAN, "a-1", 3, 0, COMPLETED);

        assertTrue(RecheckRule.choose(List.of(done), List.of(answered("c-1", "a-1", 10)), Set.of(), ANY).isEmpty());
    }

    @Test
    void aCallTheCapRefusesDoesNotCountAndTheNextOneTakesItsPlace() {
        Open recheck = new Open(PLAN, "a-1", 2, 2, COMPLETED);
        List<CallRow> calls = List.of(answered("c-1", "a-1", 100), answered("c-2", "a-1", 200),
                answered("c-3", "a-1", 300));

        List<Choice> choices = RecheckRule.choose(List.of(recheck), calls, Set.of(),
                call -> !call.callId().equals("c-2"));

        assertEquals(List.of("c-1", "c-3"), choices.stream().map(c -> c.call().callId()).toList());
        assertEquals(List.of(1, 2), choices.stream().map(Choice::ordinal).toList());
    }

    @Test
    void candidatesAreTheCallsSomeOpenReCheckCouldTakeEarliestFirst() {
        Open recheck = new Open(PLAN, "a-1", 3, 3, COMPLETED);
        List<CallRow> calls = List.of(answered("c-2", "a-1", 200), answered("c-before", "a-1", -5),
                answered("c-other", "a-2", 100), answered("c-1", "a-1", 100), answered("c-taken", "a-1", 50));

        List<CallRow> candidates = RecheckRule.candidates(List.of(recheck), calls, Set.of("c-taken"));

        assertEquals(List.of("c-1", "c-2"), candidates.stream().map(CallRow::callId).toList());
    }

    @Test
    void theReasonNamesThePlanInTheAgreedWords() {
        Reason reason = RecheckRule.reason(PLAN, 2, 3, COMPLETED);

        assertEquals(Rule.RECHECK, reason.rule());
        assertEquals("re-check 2 of 3 after coaching plan 3f0c9a4e-1b2d-4c5e-8f70-1a2b3c4d5e6f", reason.detail());
        assertEquals(Map.of("planId", PLAN.toString(), "ordinal", 2, "of", 3, "completedAt",
                "2026-11-10T02:00:00Z"), reason.evidence());
        assertEquals(SampleSelected.Mode.REALTIME, Rule.RECHECK.mode());
        assertEquals(SampleSelected.Priority.HIGH, Rule.RECHECK.priority());
    }

    @Test
    void aPlanWithoutACountTakesTheDefault() {
        RecheckRule rule = new RecheckRule(3);

        assertEquals(3, rule.calls(0));
        assertEquals(3, rule.calls(-2));
        assertEquals(5, rule.calls(5));
        assertThrows(IllegalArgumentException.class, () -> new RecheckRule(0));
    }

    private static CallRow answered(String id, String agent, long secondsAfterCompletion) {
        Instant answered = COMPLETED.plusSeconds(secondsAfterCompletion);
        return new CallRow(id, agent, "t-1", "q-1", "VOICE", "INBOUND", "ANSWERED", answered.minusSeconds(10),
                answered, answered.plusSeconds(120), 120, 10, "h", null, null, answered.plusSeconds(121), null, null,
                true, null, null);
    }
}
