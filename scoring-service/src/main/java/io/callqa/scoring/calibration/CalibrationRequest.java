package io.callqa.scoring.calibration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Opens a calibration on a call: at least two evaluators and one reference scorer (not among them). The scorecard
 * defaults to the default one; its version to the newest.
 */
public record CalibrationRequest(
        @NotBlank @Size(max = 200) String callId,
        @Size(max = 100) String scorecardId,
        Integer scorecardVersion,
        @JsonAlias("evaluatorIds") @NotNull @Size(min = 2, max = 50) List<@NotBlank String> evaluators,
        @JsonAlias({"referenceScorerId", "reference"}) @NotBlank String referenceScorer) {
}
