package io.callqa.reporting.qateam;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.qa-team.*}: the QA team's own monthly appraisal. */
@ConfigMapping(prefix = "qa.reporting.qa-team")
public interface QaTeamConfig {

    /** The score a month starts from. */
    @WithDefault("100")
    int base();

    /** Deducted when no QA plan (质检计划) was set for the month. */
    @WithDefault("2")
    int noPlan();

    /** Deducted for each week of the month whose bulletin was not published in time. */
    @WithDefault("3")
    int missingBulletin();

    /** Deducted for each GROUP_LEVEL complaint of the month that the QA evaluation upheld. */
    @WithDefault("5")
    int upheldGroupComplaint();

    /** How long after its due time (Monday 08:00) a week's bulletin may first appear and still count as published. */
    @WithDefault("P1D")
    Duration bulletinGrace();
}
