package io.callqa.reporting.appraisal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code qa.reporting.appraisal.*}: how the quarterly appraisal (绩效考核) turns an agent's figures into sub-scores
 * of 0–100 and one score. The rules are in {@link AppraisalRules}.
 */
@ConfigMapping(prefix = "qa.reporting.appraisal")
public interface AppraisalConfig {

    /** The shares of the three sub-scores in the appraisal score; they must add up to 1 (checked at start-up). */
    Weights weights();

    Quality quality();

    Efficiency efficiency();

    Satisfaction satisfaction();

    interface Weights {
        @WithDefault("0.5")
        double quality();

        @WithDefault("0.25")
        double efficiency();

        @WithDefault("0.25")
        double satisfaction();
    }

    interface Quality {
        /** The QA score's share of the quality sub-score; first-contact resolution × 100 takes the rest. */
        @WithDefault("0.7")
        double qaScoreShare();

        /** Points off the quality sub-score for each critical failure (red line). */
        @WithDefault("10")
        double criticalFailurePoints();
    }

    interface Efficiency {
        /** Average handle times from this many seconds … */
        @WithDefault("180")
        int handleMinSeconds();

        /** … to this many seconds score 100. */
        @WithDefault("420")
        int handleMaxSeconds();

        /** Points off for each minute the average handle time lies outside the band. */
        @WithDefault("10")
        double handlePointsPerMinute();

        /** Answer speeds up to this many seconds score 100. */
        @WithDefault("20")
        int answerTargetSeconds();

        /** Points off for each second of answer speed over the target. */
        @WithDefault("2")
        double answerPointsPerSecond();
    }

    interface Satisfaction {
        /** The CSAT average's share of the satisfaction sub-score; the complaint rate takes the rest. */
        @WithDefault("0.5")
        double csatShare();

        /** Complaints per 1,000 answered calls at (or above) which the complaint part scores 0. */
        @WithDefault("2.0")
        double complaintsCeilingPer1000();
    }
}
