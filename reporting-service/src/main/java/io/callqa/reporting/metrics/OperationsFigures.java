package io.callqa.reporting.metrics;

import java.util.Map;

/**
 * One computation of the operations figures from the read models.
 *
 * @param serviceLevels per scope and queue, the latest closed interval's service level and target
 * @param backlog       samples not evaluated, by mode ({@code REALTIME}, {@code POSTHOC})
 * @param overdue       samples not evaluated and past due, by mode
 * @param teamAverages  month-to-date average total score (latest versions) by team
 * @param openAppeals   appeals filed and not decided
 */
public record OperationsFigures(Map<ScopeQueue, Level> serviceLevels, Map<String, Long> backlog,
        Map<String, Long> overdue, Map<String, Double> teamAverages, long openAppeals) {

    /** {@code scope} CENTER (queue {@code ""}) or QUEUE. */
    public record ScopeQueue(String scope, String queue) {
    }

    /** A service level and its target, both 0..1; the target may be null. */
    public record Level(double serviceLevel, Double target) {
    }
}
