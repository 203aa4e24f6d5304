package io.callqa.scoring.evaluations;

import java.math.BigDecimal;

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
}
