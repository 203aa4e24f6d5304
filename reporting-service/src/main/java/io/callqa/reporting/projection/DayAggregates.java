package io.callqa.reporting.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * Recomputes the day aggregates of V7 ({@code evaluation_day}, {@code evaluator_day}, {@code item_loss_day},
 * {@code sample_day}) for the days a batch touched, from the facts, in the batch's transaction. Each aggregate is
 * refreshed under its own advisory lock, taken first, so that the refresh's snapshot includes what a concurrent
 * batch committed before it; the evaluation aggregates' lock is always taken before the samples'. The functions are
 * named with their schema and read their tables through the search path, so that a rebuild refreshes its copies.
 */
public final class DayAggregates {

    private static final String EVALUATION_DAYS = """
            select distinct cast(day as text) from evaluation_fact
            where evaluation_id = any(cast(string_to_array(:ids, ',') as uuid[]))""";

    private static final String REFRESH_EVALUATIONS = """
            select cast('refreshed' as text)
            from public.refresh_evaluation_days(cast(string_to_array(:days, ',') as date[]))""";

    private static final String REFRESH_SAMPLES = """
            select cast('refreshed' as text)
            from public.refresh_sample_days(array(select distinct day from sample_fact
                                                  where sample_id = any(cast(string_to_array(:ids, ',') as uuid[]))))""";

    private DayAggregates() {
    }

    /** The days the versions of these evaluations count on now (comma-separated ids). */
    public static Uni<List<String>> evaluationDays(String evaluationIds) {
        return NativeSql.strings(EVALUATION_DAYS, Map.of("ids", evaluationIds));
    }

    /** Recomputes the evaluation aggregates of these days (ISO dates). */
    public static Uni<Void> refreshEvaluations(Collection<String> days) {
        if (days.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.lock("aggregates.evaluation_day")
                .chain(() -> NativeSql.strings(REFRESH_EVALUATIONS, Map.of("days", String.join(",", days))))
                .replaceWithVoid();
    }

    /** Recomputes {@code sample_day} for the days of these samples (comma-separated ids). */
    public static Uni<Void> refreshSamples(String sampleIds) {
        if (sampleIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.lock("aggregates.sample_day")
                .chain(() -> NativeSql.strings(REFRESH_SAMPLES, Map.of("ids", sampleIds)))
                .replaceWithVoid();
    }
}
