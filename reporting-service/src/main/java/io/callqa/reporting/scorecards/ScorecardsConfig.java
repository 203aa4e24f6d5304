package io.callqa.reporting.scorecards;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.DecimalMin;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.scorecards.*}: when an average rests on too few evaluations. */
@ConfigMapping(prefix = "qa.reporting.scorecards")
public interface ScorecardsConfig {

    /**
     * A 95% confidence interval wider than this many points either side of the average flags the scorecard
     * {@code tooFewEvaluations} (as fewer than two evaluations always do).
     */
    @WithDefault("5")
    @DecimalMin("0")
    BigDecimal maxHalfWidth();
}
