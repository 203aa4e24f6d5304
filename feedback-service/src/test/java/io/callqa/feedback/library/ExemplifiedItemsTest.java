package io.callqa.feedback.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

class ExemplifiedItemsTest {

    private static final List<ItemResult> RESULTS = LibraryFixtures.fullMarks(true);

    private static List<FieldError> errors(List<String> named) {
        return assertThrows(ProblemException.class, () -> ExemplifiedItems.resolve(named, RESULTS, "ev-1"))
                .problem().errors();
    }

    @Test
    void leftOutMeansTheItemsScoredFullMarks() {
        assertEquals(List.of("B1", "S1", "S2", "C1", "C2", "C3"), ExemplifiedItems.resolve(null, RESULTS, "ev-1"));
    }

    @Test
    void namedItemsAreKeptInTheirOrder() {
        assertEquals(List.of("C2", "S1"), ExemplifiedItems.resolve(List.of("C2", " S1 "), RESULTS, "ev-1"));
    }

    @Test
    void eachBadItemIsNamedByItsIndex() {
        List<FieldError> errors = errors(Arrays.asList("S1", "Z9", "B2", "S1", " "));

        assertEquals(List.of("items[1]", "items[2]", "items[3]", "items[4]"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("item Z9 is not on evaluation ev-1", errors.get(0).message());
    }

    @Test
    void anEmptyListOrAnEvaluationWithoutFullMarksNeedsTheItemsNamed() {
        assertEquals("items", errors(List.of()).get(0).field());
        ProblemException none = assertThrows(ProblemException.class, () -> ExemplifiedItems.resolve(null,
                List.of(LibraryFixtures.deducted("B1", "BUSINESS", 25, 20, "WRONG_ANSWER", null, null)), "ev-1"));
        assertEquals("items", none.problem().errors().get(0).field());
    }
}
