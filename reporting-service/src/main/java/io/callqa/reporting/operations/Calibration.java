package io.callqa.reporting.operations;

import java.math.BigDecimal;
import java.time.Instant;

/** An evaluator's latest closed calibration session: deviation from the reference, the allowance, the flag. */
public record Calibration(String calibrationId, Instant closedAt, BigDecimal deviation, BigDecimal allowedDeviation,
        boolean flagged) {
}
