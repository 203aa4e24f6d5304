package io.callqa.scoring.calibration;

import java.util.List;

import io.callqa.scoring.evaluations.ItemScore;
import jakarta.validation.constraints.NotEmpty;

/** A participant's scoring of the calibration call; {@code scorecardVersion}, when given, must be the session's. */
public record CalibrationScoreRequest(Integer scorecardVersion, @NotEmpty List<ItemScore> items) {
}
