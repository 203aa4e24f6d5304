package io.callqa.feedback.appeals;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When an appeal's decision is due ({@code qa.feedback.appeals.*}). */
@ConfigMapping(prefix = "qa.feedback.appeals")
public interface AppealsConfig {

    /** An appeal still FILED or UNDER_REVIEW this long after it was filed is overdue: an alert is raised. */
    @WithDefault("P3D")
    Duration decisionDue();

    /** How often overdue appeals are looked for. */
    @WithDefault("1m")
    Duration overdueCheckEvery();
}
