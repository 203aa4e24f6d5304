package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.Items.full;
import static io.callqa.feedback.coaching.Items.lost;
import static io.callqa.feedback.coaching.Items.redLine;
import static io.callqa.feedback.coaching.Items.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.CoachingCompleted.GoalKind;

class TriggerRulesTest {

    private static final TriggerRules RULES = new TriggerRules(new TriggerRules.Thresholds(new BigDecimal("80"), 3,
            new BigDecimal("85"), 2, 3, Duration.ofDays(30), 3, ZoneId.of("Asia/Shanghai")));
    private static final Instant NOV_10 = Instant.parse("2026-11-10T02:00:00Z");

    private static List<Detection> detect(Scored current, Scored... history) {
        List<Scored> all = new java.util.ArrayList<>(List.of(history));
        all.add(current);
        return RULES.detect(current, Scored.latest(all), (item, id) -> false, current.placedAt());
    }

    @Test
    void aCriticalFailureRaisesAPlanOnTheFailedItems() {
        Scored e = scored("a", NOV_10, "0.0", full("S1"), redLine("X1", true), redLine("X2", false));

        List<Detection> found = detect(e);

        assertEquals(1, found.size());
        assertEquals(Trigger.CRITICAL_FAILURE, found.get(0).trigger());
        assertEquals(List.of("X1"), found.get(0).weakItems());
        assertEquals(GoalKind.NO_DEDUCTION, found.get(0).goal().kind());
        assertEquals("CRITICAL_FAILURE:" + e.evaluationId(), found.get(0).key());
    }

    @Test
    void aLowMonthlyAverageNeedsTheMinimumNumberOfEvaluations() {
        Scored first = scored("a", NOV_10, "70.0", lost("B1", 25, 10));
        Scored second = scored("a", NOV_10.plusSeconds(60), "75.0", lost("B1", 25, 15), lost("S1", 15, 5));

        assertTrue(detect(second, first).isEmpty());

        Scored third = scored("a", NOV_10.plusSeconds(120), "90.0", lost("C1", 10, 8), lost("S1", 15, 10));
        List<Detection> found = detect(third, first, second);

        assertEquals(1, found.size());
        Detection d = found.get(0);
        assertEquals(Trigger.LOW_MONTHLY_AVERAGE, d.trigger());
        assertEquals("LOW_MONTHLY_AVERAGE:a:2026-11", d.key());
        assertEquals(List.of("B1", "S1"), d.weakItems(), "the two most-deducted items: B1 (25 points), S1 (15)");
        assertEquals(GoalKind.AVERAGE_AT_LEAST, d.goal().kind());
        assertEquals(new BigDecimal("85"), d.goal().average());
        assertEquals(3, d.evidence().size());
    }

    @Test
    void theMonthIsTheCentersMonthAndLaterEvaluationsDoNotCount() {
        // 2026-10-31T17:00Z is already November 1st in Shanghai
        Scored october = scored("a", Instant.parse("2026-10-31T15:00:00Z"), "50.0", lost("B1", 25, 0));
        Scored nov1 = scored("a", Instant.parse("2026-10-31T17:00:00Z"), "50.0", lost("B1", 25, 0));
        Scored nov2 = scored("a", Instant.parse("2026-11-02T01:00:00Z"), "50.0", lost("C1", 25, 0));
        Scored later = scored("a", Instant.parse("2026-11-20T01:00:00Z"), "50.0", lost("C2", 25, 0));

        List<Scored> all = Scored.latest(List.of(october, nov1, nov2, later));
        assertTrue(RULES.detect(nov2, all, (i, id) -> false, nov2.placedAt()).stream()
                .noneMatch(d -> d.trigger() == Trigger.LOW_MONTHLY_AVERAGE));
    }

    @Test
    void anAverageAtThePassMarkRaisesNothing() {
        Scored a = scored("a", NOV_10, "80.0", lost("B1", 25, 5));
        Scored b = scored("a", NOV_10.plusSeconds(1), "80.0", lost("C1", 25, 5));
        Scored c = scored("a", NOV_10.plusSeconds(2), "80.0", lost("S2", 25, 5));

        assertTrue(detect(c, a, b).isEmpty());
    }

    @Test
    void theThirdDeductionOfAnItemWithinTheWindowRaisesAPlanOnIt() {
        Scored a = scored("a", NOV_10.minus(Duration.ofDays(29)), "95.0", lost("S1", 15, 10));
        Scored b = scored("a", NOV_10.minus(Duration.ofDays(3)), "95.0", lost("S1", 15, 10));
        Scored c = scored("a", NOV_10, "95.0", lost("S1", 15, 12), lost("C1", 10, 8));

        List<Detection> found = detect(c, a, b);

        assertEquals(1, found.size());
        assertEquals(Trigger.REPEATED_DEDUCTION, found.get(0).trigger());
        assertEquals(List.of("S1"), found.get(0).weakItems());
        assertEquals(List.of(a.evaluationId(), b.evaluationId(), c.evaluationId()), found.get(0).evidence());
    }

    @Test
    void deductionsOutsideTheWindowOrAlreadyCitedDoNotCount() {
        Scored old = scored("a", NOV_10.minus(Duration.ofDays(31)), "95.0", lost("S1", 15, 10));
        Scored b = scored("a", NOV_10.minus(Duration.ofDays(3)), "95.0", lost("S1", 15, 10));
        Scored c = scored("a", NOV_10, "95.0", lost("S1", 15, 12));
        assertTrue(detect(c, old, b).isEmpty());

        Scored a = scored("a", NOV_10.minus(Duration.ofDays(5)), "95.0", lost("S1", 15, 10));
        List<Scored> all = Scored.latest(List.of(a, b, c));
        assertTrue(RULES.detect(c, all, (item, id) -> id.equals(a.evaluationId()), c.placedAt()).isEmpty());
    }

    @Test
    void aRevisionReplacesTheFiguresButKeepsTheFirstReleaseTime() {
        Scored v1 = scored("a", NOV_10, "60.0", lost("S1", 15, 0));
        Scored v2 = new Scored(v1.evaluationId(), 2, "a", "t-1", NOV_10.plus(Duration.ofDays(40)),
                new BigDecimal("100.0"), false, List.of(full("S1")), List.of());

        List<Scored> latest = Scored.latest(List.of(v2, v1));

        assertEquals(1, latest.size());
        assertEquals(2, latest.get(0).version());
        assertEquals(NOV_10, latest.get(0).placedAt());
        assertEquals(List.of(), latest.get(0).deductedItems());
    }

    @Test
    void aRevisionIsJudgedWithWhatWasKnownWhenItWasReleased() {
        Scored first = scored("a", NOV_10, "50.0", lost("B1", 25, 0));
        Scored b = scored("a", NOV_10.plusSeconds(60), "80.0", lost("S1", 15, 5));
        Scored c = scored("a", NOV_10.plusSeconds(120), "75.0", lost("C1", 10, 5));
        List<Scored> all = Scored.latest(List.of(first, b, c));

        assertTrue(RULES.detect(first, all, (i, id) -> false, NOV_10).isEmpty());
        assertEquals(List.of(Trigger.LOW_MONTHLY_AVERAGE), RULES.detect(first, all, (i, id) -> false,
                NOV_10.plus(Duration.ofDays(25))).stream().map(Detection::trigger).toList());
    }
}
