package io.callqa.feedback.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;

class QualificationTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("98");

    private static ScoredEvaluation scored(String total, boolean flag, boolean critical, List<ItemResult> items) {
        return ScoredEvaluation.of(LibraryFixtures.released("a-1", "t-1", total, flag, critical, items)).orElseThrow();
    }

    @Test
    void theEvaluatorsFlagNominatesWhateverTheTotal() {
        assertEquals(Optional.of(Qualification.Source.NOMINATED_BY_EVALUATOR),
                Qualification.of(scored("85.0", true, false, List.of()), THRESHOLD));
    }

    @Test
    void aTotalAtTheThresholdNominatesAutomatically() {
        assertEquals(Optional.of(Qualification.Source.AUTO_SCORE),
                Qualification.of(scored("98.0", false, false, List.of()), THRESHOLD));
        assertEquals(Optional.empty(), Qualification.of(scored("97.9", false, false, List.of()), THRESHOLD));
    }

    @Test
    void aFailedRedLineNeverQualifies() {
        assertEquals(Optional.empty(), Qualification.of(scored("0.0", true, true, List.of()), THRESHOLD));
        assertEquals(Optional.empty(), Qualification.of(scored("100.0", false, true, List.of()), THRESHOLD));
    }

    @Test
    void fullMarksLeaveOutNotApplicableItemsRedLinesAndDeductions() {
        List<ItemResult> items = LibraryFixtures.fullMarks(true);
        items.set(2, LibraryFixtures.deducted("S1", "SERVICE", 15, 10, "NO_GREETING", null, null));

        assertEquals(List.of("B1", "S2", "C1", "C2", "C3"), Qualification.fullMarks(items));
        assertTrue(Qualification.fullMarks(List.of()).isEmpty());
    }
}
