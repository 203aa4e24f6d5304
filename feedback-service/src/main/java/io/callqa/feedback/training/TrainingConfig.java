package io.callqa.feedback.training;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.feedback.training.*}: when a weakness is the team's rather than one agent's. */
@ConfigMapping(prefix = "qa.feedback.training")
public interface TrainingConfig {

    /** The share of a team's agents evaluated in a month who had the same item deducted that raises a topic. */
    @WithDefault("0.30")
    BigDecimal teamShare();

    /** A topic needs a team of at least this many agents (roster and evaluated); 1 follows the rule as written. */
    @WithDefault("1")
    int minAgents();
}
