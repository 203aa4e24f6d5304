package io.callqa.scoring.calibration;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.scoring.calibration.*}. */
@ConfigMapping(prefix = "qa.scoring.calibration")
public interface CalibrationConfig {

    /** The most an evaluator's total may differ from the reference's before they are flagged (误差不超过5%). */
    @WithDefault("5")
    BigDecimal maxDeviation();
}
