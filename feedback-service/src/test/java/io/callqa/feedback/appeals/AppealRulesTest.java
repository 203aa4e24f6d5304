package io.callqa.feedback.appeals;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;

class AppealRulesTest {

    private static final AppealRules RULES = new AppealRules(Duration.ofDays(7), 2);
    private static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00Z");

    private static Appeal appeal(Appeal.State state) {
        Appeal a = new Appeal();
        a.id = UUID.randomUUID();
        a.state = state.name();
        return a;
    }

    @Test
    void theWindowIncludesItsLastInstantAndTheRefusalStatesTheDeadline() {
        assertDoesNotThrow(() -> RULES.checkMayAppeal(RECEIVED, null, List.of(), RECEIVED.plus(Duration.ofDays(7))));

        var late = assertThrows(ProblemException.class,
                () -> RULES.checkMayAppeal(RECEIVED, null, List.of(), RECEIVED.plus(Duration.ofDays(7)).plusSeconds(1)));
        assertEquals(409, late.problem().status());
        assertTrue(late.problem().detail().contains("2026-11-09T02:00:00Z"), late.problem().detail());
    }

    @Test
    void oneOpenAppealAtATimeAndAtMostTwo() {
        Instant now = RECEIVED.plusSeconds(60);
        var open = assertThrows(ProblemException.class,
                () -> RULES.checkMayAppeal(RECEIVED, null, List.of(appeal(Appeal.State.UNDER_REVIEW)), now));
        assertTrue(open.problem().detail().contains("UNDER_REVIEW"));
        assertDoesNotThrow(() -> RULES.checkMayAppeal(RECEIVED, null, List.of(appeal(Appeal.State.REJECTED)), now));
        var most = assertThrows(ProblemException.class, () -> RULES.checkMayAppeal(RECEIVED, null,
                List.of(appeal(Appeal.State.REJECTED), appeal(Appeal.State.UPHELD)), now));
        assertTrue(most.problem().detail().contains("2 times"));
        assertEquals(0, RULES.left(List.of(appeal(Appeal.State.REJECTED), appeal(Appeal.State.UPHELD))));
    }

    @Test
    void anAcknowledgedEvaluationIsNotAppealed() {
        var acknowledged = assertThrows(ProblemException.class,
                () -> RULES.checkMayAppeal(RECEIVED, RECEIVED.plusSeconds(5), List.of(), RECEIVED.plusSeconds(60)));
        assertEquals(409, acknowledged.problem().status());
    }
}
