package io.callqa.scoring.evaluations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.FieldError;
import io.callqa.scoring.scorecards.DefaultScorecard;
import io.callqa.scoring.scorecards.ItemKind;
import io.callqa.scoring.scorecards.Scorecard;

class ScoreCalculatorTest {

    private static final Scorecard CARD = DefaultScorecard.v1();

    /** Full marks on every item, then the given verdicts replace theirs. */
    static List<ItemScore> fullMarksExcept(ItemScore... overrides) {
        List<ItemScore> scores = new ArrayList<>();
        for (Scorecard.Item item : CARD.items()) {
            ItemScore score = item.kind() == ItemKind.CRITICAL
                    ? new ItemScore(item.id(), null, true, false, null)
                    : new ItemScore(item.id(), item.maxPoints(), null, false, null);
            for (ItemScore override : overrides) {
                if (override.itemId().equals(item.id())) {
                    score = override;
                }
            }
            scores.add(score);
        }
        return scores;
    }

    private static List<String> errorFields(List<ItemScore> scores) {
        return ScoreCalculator.check(CARD, scores).stream().map(FieldError::field).toList();
    }

    @Test
    void fullMarksScoreOneHundred() {
        Scoring scoring = ScoreCalculator.score(CARD, fullMarksExcept());

        assertEquals(new BigDecimal("100.0"), scoring.total());
        assertFalse(scoring.criticalFailed());
        assertEquals(CARD.items().size(), scoring.items().size());
    }

    @Test
    void deductionsLowerTheTotalProportionally() {
        Scoring scoring = ScoreCalculator.score(CARD,
                fullMarksExcept(new ItemScore("B1", 20, null, false, "INCOMPLETE_ANSWER")));

        assertEquals(new BigDecimal("95.0"), scoring.total());
        assertEquals(5, scoring.items().get(0).pointsLost());
    }

    @Test
    void notApplicableItemLeavesBothSums() {
        Scoring scoring = ScoreCalculator.score(CARD, fullMarksExcept(new ItemScore("B2", null, null, true, null),
                new ItemScore("B1", 24, null, false, "WRONG_ANSWER")));

        // 84 of 85 possible points
        assertEquals(new BigDecimal("98.8"), scoring.total());
        assertTrue(scoring.items().get(1).na());
    }

    @Test
    void totalIsRoundedHalfUpToOneDecimal() {
        // 99 of 100 → 99.0; 82 of 85 (B2 N/A, B1 22) → 96.470… → 96.5
        Scoring scoring = ScoreCalculator.score(CARD, fullMarksExcept(new ItemScore("B2", null, null, true, null),
                new ItemScore("B1", 22, null, false, "WRONG_ANSWER")));

        assertEquals(new BigDecimal("96.5"), scoring.total());
    }

    @Test
    void failedRedLineMakesTheTotalZero() {
        Scoring scoring = ScoreCalculator.score(CARD,
                fullMarksExcept(new ItemScore("X1", null, false, false, "SENSITIVE_DATA")));

        assertEquals(new BigDecimal("0.0"), scoring.total());
        assertTrue(scoring.criticalFailed());
        assertTrue(scoring.problemFound(new BigDecimal("80"), false));
    }

    @Test
    void problemFoundUnderThePassMarkOrWhenFlagged() {
        Scoring good = ScoreCalculator.score(CARD, fullMarksExcept());
        Scoring weak = ScoreCalculator.score(CARD, fullMarksExcept(new ItemScore("B1", 0, null, false, "WRONG_ANSWER")));

        assertFalse(good.problemFound(new BigDecimal("80"), false));
        assertTrue(good.problemFound(new BigDecimal("80"), true));
        assertEquals(new BigDecimal("75.0"), weak.total());
        assertTrue(weak.problemFound(new BigDecimal("80"), false));
    }

    @Test
    void everyUnscoredItemIsNamed() {
        List<ItemScore> scores = fullMarksExcept();
        scores.removeIf(s -> s.itemId().equals("S3") || s.itemId().equals("C2"));

        List<FieldError> errors = ScoreCalculator.check(CARD, scores);

        assertEquals(2, errors.size());
        assertEquals("items", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("S3"));
    }

    @Test
    void badVerdictsNameTheirField() {
        List<ItemScore> scores = fullMarksExcept(
                new ItemScore("B1", 26, null, false, null),
                new ItemScore("S1", null, null, true, null),
                new ItemScore("S3", null, null, false, null),
                new ItemScore("C1", 8, null, false, null),
                new ItemScore("C2", 9, null, false, "NOT_A_REASON"));
        scores.add(new ItemScore("Z9", 1, null, false, null));
        scores.add(new ItemScore("B2", 15, null, false, null));

        assertEquals(List.of("items[0].awarded", "items[2].na", "items[4].passed", "items[6].reason",
                "items[7].reason", "items[10].itemId", "items[11].itemId"), errorFields(scores));
    }

    @Test
    void allItemsNotApplicableCannotBeScored() {
        Scorecard card = new Scorecard("tiny", 1, "小", "Tiny", List.of(new Scorecard.Section("S", "节", "Section",
                List.of(new Scorecard.Item("I1", "项", "Item", ItemKind.DEDUCTION, 10, 1, true, List.of())))));

        assertEquals(List.of("items"), ScoreCalculator.check(card, List.of(new ItemScore("I1", null, null, true, null)))
                .stream().map(FieldError::field).toList());
    }

    @Test
    void changesMergeIntoACompleteScoringAndNameTheirOwnPosition() {
        List<ItemScore> merged = ScoreCalculator.merge(CARD, fullMarksExcept(),
                List.of(new ItemScore("S1", 10, null, false, "NO_GREETING")));

        assertEquals(new BigDecimal("95.0"), ScoreCalculator.score(CARD, merged).total());
        var error = org.junit.jupiter.api.Assertions.assertThrows(io.callqa.kit.problem.ProblemException.class,
                () -> ScoreCalculator.merge(CARD, fullMarksExcept(), List.of(new ItemScore("S1", 10, null, false,
                        "NO_GREETING"), new ItemScore("B1", 99, null, false, "WRONG_ANSWER"))));
        assertEquals("items[1].awarded", error.problem().errors().get(0).field());
    }

    @Test
    void aQuotedMomentAndCommentTravelWithTheItem() {
        var quote = new io.callqa.events.EvaluationReleased.Quote(61_000, "这不归我管。");
        Scoring scoring = ScoreCalculator.score(CARD, fullMarksExcept(new ItemScore("S4", null, false, false,
                "BANNED_PHRASE", "说了禁语", quote)));

        var s4 = scoring.items().stream().filter(i -> i.itemId().equals("S4")).findFirst().orElseThrow();
        assertEquals(quote, s4.quote());
        assertEquals("说了禁语", s4.comment());
        assertTrue(scoring.criticalFailed());
    }

    @Test
    void aQuoteNeedsTextAndAnOffsetFromTheStart() {
        var bad = new ItemScore("S1", 10, null, false, "NO_GREETING", null,
                new io.callqa.events.EvaluationReleased.Quote(-1, " "));

        assertEquals(List.of("items[2].quote.offsetMs", "items[2].quote.text"), errorFields(fullMarksExcept(bad)));
    }
}
