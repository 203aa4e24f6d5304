package io.callqa.scoring.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefaultScorecardTest {

    private final Scorecard card = DefaultScorecard.v1();

    @Test
    void dimensionsCarryFortyThirtyThirtyPoints() {
        List<Integer> points = card.sections().stream()
                .map(s -> s.items().stream().mapToInt(Scorecard.Item::maxPoints).sum())
                .toList();

        assertEquals(List.of(40, 30, 30, 0), points);
        assertEquals(List.of("业务能力", "服务能力", "沟通技巧", "合规红线"),
                card.sections().stream().map(Scorecard.Section::labelZh).toList());
    }

    @Test
    void redLinesAreCriticalQuestioningBackBannedPhrasesAndSensitiveData() {
        assertEquals(List.of("S3", "S4", "X1"), card.items().stream()
                .filter(i -> i.kind() == ItemKind.CRITICAL).map(Scorecard.Item::id).toList());
    }

    @Test
    void itemIdsAreUniqueAndEveryDeductionHasReasons() {
        assertEquals(card.items().size(), card.items().stream().map(Scorecard.Item::id).distinct().count());
        assertTrue(card.items().stream().allMatch(i -> !i.reasons().isEmpty()));
    }
}
