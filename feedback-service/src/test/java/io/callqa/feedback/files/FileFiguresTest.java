package io.callqa.feedback.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;

class FileFiguresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static FileEntry entry(String total, String releasedAt, ItemResult... items) {
        FileEntry e = new FileEntry();
        e.evaluationId = UUID.randomUUID();
        e.version = 1;
        e.totalScore = new BigDecimal(total);
        e.problemFound = e.totalScore.compareTo(new BigDecimal("80")) < 0;
        e.releasedAt = Instant.parse(releasedAt);
        e.items = List.of(items);
        return e;
    }

    private static ItemResult item(String id, String section, int max, int awarded) {
        return new ItemResult(id, section, "DEDUCTION", max, awarded, false, false, null, null, null);
    }

    private static ItemResult redLine(boolean failed) {
        return new ItemResult("S4", "SERVICE", "CRITICAL", 0, 0, false, failed, null, null, null);
    }

    @Test
    void monthsAndQuartersFollowTheCentersZoneNewestFirst() {
        // 2026-09-30T17:00Z is 1 October in Shanghai: the fourth quarter
        List<FileEntry> entries = List.of(entry("90.0", "2026-09-30T17:00:00Z"), entry("70.0", "2026-10-15T02:00:00Z"),
                entry("80.0", "2026-09-10T02:00:00Z"));

        var months = FileFigures.months(entries, SHANGHAI);
        assertEquals(List.of("2026-10", "2026-09"), months.stream().map(FileFigures.Period::period).toList());
        assertEquals(new BigDecimal("80.0"), months.get(0).averageScore());
        assertEquals(1, months.get(0).problemsFound());
        var quarters = FileFigures.quarters(entries, SHANGHAI);
        assertEquals(List.of("2026-Q4", "2026-Q3"), quarters.stream().map(FileFigures.Period::period).toList());
        assertEquals(2, quarters.get(0).evaluations());
    }

    @Test
    void weaknessesAreTheItemsDeductedMostOftenThenByPointsLost() {
        List<FileEntry> entries = List.of(
                entry("70.0", "2026-11-02T02:00:00Z", item("B1", "BUSINESS", 25, 15), item("S1", "SERVICE", 15, 5)),
                entry("60.0", "2026-11-03T02:00:00Z", item("B1", "BUSINESS", 25, 20), item("C1", "COMMUNICATION", 10, 10)),
                entry("0.0", "2026-11-04T02:00:00Z", redLine(true), item("S1", "SERVICE", 15, 15)));

        var weaknesses = FileFigures.weaknesses(entries, 5);

        assertEquals(List.of("B1", "S1", "S4"), weaknesses.stream().map(FileFigures.Weakness::itemId).toList());
        assertEquals(2, weaknesses.get(0).timesDeducted());
        assertEquals(15, weaknesses.get(0).pointsLost());
        assertEquals(Instant.parse("2026-11-03T02:00:00Z"), weaknesses.get(0).lastDeductedAt());
        assertEquals(1, weaknesses.get(2).redLineFailures());
        assertEquals(2, FileFigures.weaknesses(entries, 2).size());
    }

    @Test
    void strengthsAreTheSectionsWithTheHighestShareEarned() {
        List<FileEntry> entries = List.of(
                entry("70.0", "2026-11-02T02:00:00Z", item("B1", "BUSINESS", 25, 15), item("C1", "COMMUNICATION", 10, 10)),
                entry("90.0", "2026-11-03T02:00:00Z", item("B1", "BUSINESS", 25, 25), item("C1", "COMMUNICATION", 10, 9),
                        redLine(false)));

        var strengths = FileFigures.strengths(entries, 3);

        assertEquals(List.of("COMMUNICATION", "BUSINESS"), strengths.stream().map(FileFigures.Strength::sectionId).toList());
        assertEquals(new BigDecimal("0.950"), strengths.get(0).share());
        assertEquals(40, strengths.get(1).earned());
        assertEquals(50, strengths.get(1).possible());
    }
}
