package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.feedback.coaching.*}: when plans are raised automatically, and what they ask for. */
@ConfigMapping(prefix = "qa.feedback.coaching")
public interface CoachingConfig {

    /** A monthly average under this mark raises a plan; the same mark as the scoring service's. */
    @WithDefault("80")
    BigDecimal passMark();

    /** A monthly average counts only after this many evaluations in the month. */
    @WithDefault("3")
    int minEvaluations();

    /** The goal of a plan raised by a low monthly average: the re-checks' average total. */
    @WithDefault("85")
    BigDecimal goalAverage();

    /** How many of the month's most-deducted items a low-average plan works on. */
    @WithDefault("3")
    int weakItems();

    /** The same item deducted this many times ... */
    @WithDefault("3")
    int repeatCount();

    /** ... within this window raises a plan on it. */
    @WithDefault("P30D")
    Duration repeatWindow();

    /** How many re-check calls sampling picks after a plan is completed (CoachingCompleted.recheckCalls). */
    @WithDefault("3")
    int recheckCount();

    /** A plan is due this long after it is created, unless its creator says otherwise. */
    @WithDefault("P14D")
    Duration dueIn();

    /** The QA lead who coaches a plan escalated after a failed re-check; unset leaves the coach to any QA lead. */
    Optional<String> escalationCoach();
}
