package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.scoring.*}. */
@ConfigMapping(prefix = "qa.scoring")
public interface ScoringConfig {

    /** A total under this mark means a problem was found ({@code problemFound} on the released evaluation). */
    @WithDefault("80")
    BigDecimal passMark();

    /** The scorecard new evaluations are scored on (its newest version). */
    @WithDefault("personal-qa")
    String defaultScorecard();

    Review review();

    /** {@code qa.scoring.review.*}: who reviews a submitted evaluation, level by level. */
    interface Review {

        /** The reviewing role of each level when a problem was found (三级审核): evaluator, QA lead, team lead. */
        @WithDefault("evaluator,qa-lead,team-lead")
        List<String> whenProblem();

        /** The reviewing roles otherwise; none by default, so the evaluation is released on submit. */
        Optional<List<String>> otherwise();

        /** One more level while the evaluator's latest calibration is flagged, until a later one passes. */
        @WithDefault("true")
        boolean calibrationExtraLevel();

        /** The role of that extra level, reviewing first. */
        @WithDefault("qa-lead")
        String calibrationExtraRole();
    }
}
