package io.callqa.sampling.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class NewHireRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate HIRED = LocalDate.parse("2026-11-01");
    private final NewHireRule rule = new NewHireRule(30, SHANGHAI);

    @Test
    void theHireDateIsDayOne() {
        Reason reason = rule.evaluate(true, at("2026-11-01T08:00:00"), HIRED).orElseThrow();

        assertEquals(Rule.NEW_HIRE, reason.rule());
        assertEquals("day 1 of 30 since hire on 2026-11-01", reason.detail());
    }

    @Test
    void theWindowEndsAtTheLocalMidnightAfterDayThirty() {
        assertTrue(rule.evaluate(true, at("2026-11-30T23:59:59"), HIRED).isPresent());
        assertTrue(rule.evaluate(true, at("2026-12-01T00:00:00"), HIRED).isEmpty());
    }

    @Test
    void theLocalDayDecidesNotTheUtcDay() {
        Instant lateOnDay30Local = Instant.parse("2026-11-30T15:30:00Z");
        Instant earlyOnDay31Local = Instant.parse("2026-11-30T16:30:00Z");

        assertTrue(rule.evaluate(true, lateOnDay30Local, HIRED).isPresent());
        assertTrue(rule.evaluate(true, earlyOnDay31Local, HIRED).isEmpty());
    }

    @Test
    void callsBeforeTheHireDateUnansweredCallsAndUnknownHireDatesAreNotPicked() {
        assertTrue(rule.evaluate(true, at("2026-10-31T12:00:00"), HIRED).isEmpty());
        assertTrue(rule.evaluate(false, at("2026-11-02T12:00:00"), HIRED).isEmpty());
        assertTrue(rule.evaluate(true, at("2026-11-02T12:00:00"), null).isEmpty());
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
