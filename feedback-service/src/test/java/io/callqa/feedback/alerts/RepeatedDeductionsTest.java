package io.callqa.feedback.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;

class RepeatedDeductionsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    private static ItemResult item(String id, int awarded) {
        return new ItemResult(id, "S", "DEDUCTION", 10, awarded, false, false, null, null, null);
    }

    private static RepeatedDeductions.Filed filed(UUID id, int version, String at, ItemResult... items) {
        return new RepeatedDeductions.Filed(id, version, Instant.parse(at), List.of(items));
    }

    @Test
    void threeDeductionsOnOneLocalDayReachTheThreshold() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Map<String, List<UUID>> result = RepeatedDeductions.on(DAY, SHANGHAI, List.of(
                filed(a, 1, "2026-11-01T16:30:00Z", item("S1", 5), item("S2", 10)),
                filed(b, 1, "2026-11-02T03:00:00Z", item("S1", 0), item("S2", 4)),
                filed(c, 1, "2026-11-02T15:59:59Z", item("S1", 9))), 3);

        assertEquals(Map.of("S1", List.of(a, b, c)), result);
    }

    @Test
    void twoAreNotEnoughAndTheDayIsTheCentersDay() {
        Map<String, List<UUID>> result = RepeatedDeductions.on(DAY, SHANGHAI, List.of(
                filed(UUID.randomUUID(), 1, "2026-11-01T15:59:59Z", item("S1", 5)),
                filed(UUID.randomUUID(), 1, "2026-11-02T01:00:00Z", item("S1", 5)),
                filed(UUID.randomUUID(), 1, "2026-11-02T16:00:00Z", item("S1", 5)),
                filed(UUID.randomUUID(), 1, "2026-11-02T02:00:00Z", item("S1", 5))), 3);

        assertTrue(result.isEmpty());
    }

    @Test
    void theNewestVersionCountsOnTheDayOfTheFirst() {
        UUID revised = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        List<RepeatedDeductions.Filed> versions = List.of(
                filed(revised, 1, "2026-11-02T01:00:00Z", item("S1", 5)),
                filed(revised, 2, "2026-11-04T01:00:00Z", item("S1", 10)),
                filed(other, 1, "2026-11-02T02:00:00Z", item("S1", 5)),
                filed(third, 1, "2026-11-02T03:00:00Z", item("S1", 5)));

        assertTrue(RepeatedDeductions.on(DAY, SHANGHAI, versions, 3).isEmpty());
        assertTrue(RepeatedDeductions.on(LocalDate.parse("2026-11-04"), SHANGHAI, versions, 1).isEmpty());
    }

    @Test
    void aFailedRedLineIsADeductionAndNotApplicableIsNot() {
        ItemResult failed = new ItemResult("X1", "C", "CRITICAL", 0, 0, false, true, null, null, null);
        ItemResult na = new ItemResult("S1", "S", "DEDUCTION", 10, null, true, false, null, null, null);

        assertTrue(RepeatedDeductions.deducted(failed));
        assertTrue(!RepeatedDeductions.deducted(na));
    }
}
