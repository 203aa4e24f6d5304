package io.callqa.scoring.evaluations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReviewRouteTest {

    private static ScoringConfig.Review config(boolean extra, List<String> otherwise) {
        return new ScoringConfig.Review() {
            public List<String> whenProblem() {
                return List.of("evaluator", "qa-lead", "team-lead");
            }

            public Optional<List<String>> otherwise() {
                return Optional.ofNullable(otherwise);
            }

            public boolean calibrationExtraLevel() {
                return extra;
            }

            public String calibrationExtraRole() {
                return "qa-lead";
            }
        };
    }

    @Test
    void aFoundProblemGoesThroughThreeLevels() {
        assertEquals(List.of("evaluator", "qa-lead", "team-lead"),
                ReviewRoute.levels(true, false, false, config(true, null)));
    }

    @Test
    void noProblemIsReleasedOnSubmit() {
        assertEquals(List.of(), ReviewRoute.levels(false, false, false, config(true, null)));
    }

    @Test
    void aFlaggedCalibrationAddsALevelFirst() {
        assertEquals(List.of("qa-lead", "evaluator", "qa-lead", "team-lead"),
                ReviewRoute.levels(true, true, false, config(true, null)));
        assertEquals(List.of("qa-lead"), ReviewRoute.levels(false, true, false, config(true, null)));
    }

    @Test
    void theExtraLevelCanBeSwitchedOff() {
        assertEquals(List.of(), ReviewRoute.levels(false, true, false, config(false, null)));
    }

    @Test
    void levelsWithoutAProblemAreConfigurable() {
        assertEquals(List.of("qa-lead"), ReviewRoute.levels(false, false, false, config(true, List.of("qa-lead"))));
    }

    @Test
    void aTeamLeadsOwnScoringSkipsTheTeamLeadLevel() {
        assertEquals(List.of("evaluator", "qa-lead"), ReviewRoute.levels(true, false, true, config(true, null)));
    }

    @Test
    void aQaLeadAlsoReviewsTheEvaluatorLevel() {
        assertTrue(ReviewRoute.mayReview("evaluator", Set.of("qa-lead")::contains));
        assertFalse(ReviewRoute.mayReview("qa-lead", Set.of("evaluator")::contains));
        assertFalse(ReviewRoute.mayReview("team-lead", Set.of("qa-lead")::contains));
    }
}
