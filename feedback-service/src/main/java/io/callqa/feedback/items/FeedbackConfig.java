package io.callqa.feedback.items;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Acknowledgement and appeal rules ({@code qa.feedback.items.*}). */
@ConfigMapping(prefix = "qa.feedback.items")
public interface FeedbackConfig {

    /** An agent may appeal until this long after receiving the evaluation (its release or revision). */
    @WithDefault("P7D")
    Duration appealWindow();

    /** Feedback neither acknowledged nor appealed this long after it was received is flagged and counted. */
    @WithDefault("P3D")
    Duration acknowledgeWithin();

    /** At most this many appeals per evaluation, one open at a time. */
    @WithDefault("2")
    int maxAppeals();

    /** The language of the written feedback when the request names none ({@code zh-CN} or {@code en}). */
    @WithDefault("zh-CN")
    String defaultLanguage();

    /** How often the overdue-acknowledgement gauge is counted from the database. */
    @WithDefault("30s")
    Duration metricsEvery();
}
