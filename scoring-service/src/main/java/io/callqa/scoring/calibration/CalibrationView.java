package io.callqa.scoring.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased.ItemResult;

/**
 * A calibration as the caller may see it. While it is OPEN the scoring is blind: {@code scored} names who has
 * scored, {@code results} holds only the caller's own scoring. Once CLOSED, every result with its deviation from
 * the reference, agreement and flag.
 */
public record CalibrationView(
        UUID calibrationId,
        String callId,
        String scorecardId,
        int scorecardVersion,
        String referenceScorer,
        List<String> evaluators,
        String status,
        String openedBy,
        Instant openedAt,
        Instant closedAt,
        BigDecimal referenceTotal,
        List<String> scored,
        List<Result> results) {

    public record Result(String scorerId, BigDecimal total, BigDecimal deviation, BigDecimal agreement,
            Boolean flagged, List<ItemResult> items) {

        static Result of(CalibrationScore s) {
            return new Result(s.scorerId, s.total, s.deviation, s.agreement, s.flagged, s.items);
        }
    }

    static CalibrationView of(Calibration c, List<CalibrationScore> scores, String viewer) {
        boolean open = c.isOpen();
        List<Result> results = scores.stream().filter(s -> !open || s.scorerId.equals(viewer)).map(Result::of).toList();
        return new CalibrationView(c.calibrationId, c.callId, c.scorecardId, c.scorecardVersion, c.referenceScorer,
                c.evaluators, c.status, c.openedBy, c.openedAt, c.closedAt, open ? null : c.referenceTotal,
                scores.stream().map(s -> s.scorerId).sorted().toList(), results);
    }
}
