package io.callqa.feedback.library;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.feedback.library.*}: when a released evaluation is nominated, and what an approval is worth. */
@ConfigMapping(prefix = "qa.feedback.library")
public interface LibraryConfig {

    /** A released total at or above this is nominated even without the evaluator's flag (送交优秀录音). */
    @WithDefault("98")
    BigDecimal autoNominateAt();

    /** Bonus points an approved recording adds to the agent's QA file. */
    @WithDefault("2")
    int bonusPoints();
}
