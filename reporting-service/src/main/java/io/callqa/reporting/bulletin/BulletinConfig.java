package io.callqa.reporting.bulletin;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.bulletin.*}: the weekly QA bulletin (质检周报). */
@ConfigMapping(prefix = "qa.reporting.bulletin")
public interface BulletinConfig {

    /** When the bulletin of the week before is generated (Quartz cron, center zone): Mondays 08:00. */
    @WithDefault("0 0 8 ? * MON")
    String cron();

    /**
     * The time on the Monday after the week when its bulletin is due, in the center zone; the catch-up and the QA
     * team's appraisal go by it. Keep it in line with {@link #cron()}.
     */
    @WithDefault("08:00")
    LocalTime dueAt();

    /** How often an instance checks that the last due bulletin exists, generating it if it is missing. */
    @WithDefault("15m")
    String catchUpEvery();

    /** How long after start-up the first check runs. */
    @WithDefault("20s")
    String catchUpDelay();

    /** How many of the most-deducted items "the problems heard" lists. */
    @WithDefault("10")
    int topItems();

    /** Quoted examples per item. */
    @WithDefault("3")
    int examplesPerItem();

    /** Evaluators' comments (de-duplicated) per item. */
    @WithDefault("3")
    int commentsPerItem();
}
