package io.callqa.scoring.plans;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.scoring.assignment.*}. */
@ConfigMapping(prefix = "qa.scoring.assignment")
public interface AssignmentConfig {

    /** The most open tasks one person holds; beyond it, tasks wait in the shared queue. */
    @WithDefault("30")
    int openCap();

    /**
     * The most waiting tasks one assignment run looks at: the first ones in the work order, twice as many as the
     * plan's people may still take, and never more than this.
     */
    @WithDefault("5000")
    int batch();
}
