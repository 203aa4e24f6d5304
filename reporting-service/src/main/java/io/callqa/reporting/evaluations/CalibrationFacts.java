package io.callqa.reporting.evaluations;

import java.util.List;
import java.util.Map;

import io.callqa.events.CalibrationCompleted;
import io.callqa.reporting.projection.NativeSql;
import io.smallrye.mutiny.Uni;

/** {@code calibration_fact}: each evaluator's result of a closed calibration session (校准), once. */
final class CalibrationFacts {

    private static final String RESULTS = """
            insert into calibration_fact (calibration_id, evaluator_id, call_id, closed_at, reference_total,
                                          allowed_deviation, total, deviation, agreement, flagged)
            select r.calibration_id, r.evaluator_id, r.call_id, r.closed_at, r.reference_total, r.allowed_deviation,
                   r.total, r.deviation, r.agreement, r.flagged
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(calibration_id uuid, evaluator_id text, call_id text,
                 closed_at timestamptz, reference_total numeric, allowed_deviation numeric, total numeric,
                 deviation numeric, agreement numeric, flagged boolean)
            on conflict (calibration_id, evaluator_id) do nothing""";

    private CalibrationFacts() {
    }

    static Uni<Integer> record(CalibrationCompleted c) {
        List<Map<String, Object>> rows = c.results().stream().map(r -> NativeSql.row(
                "calibration_id", c.calibrationId(), "evaluator_id", r.evaluatorId(), "call_id", c.callId(),
                "closed_at", c.closedAt() != null ? c.closedAt() : c.occurredAt(),
                "reference_total", c.referenceTotal(), "allowed_deviation", c.allowedDeviation(), "total", r.total(),
                "deviation", r.deviation(), "agreement", r.agreement(), "flagged", r.flagged())).toList();
        return rows.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.update(RESULTS, Map.of("rows", NativeSql.json(rows)));
    }
}
