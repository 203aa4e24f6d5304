package io.callqa.reporting;

import io.callqa.testkit.TestDatabase;

/**
 * For tests that write fact rows straight into the read models: recomputes the day and month aggregates (V7) the
 * projections would have kept, for every day or month that has facts or aggregate rows, so rows deleted afterwards
 * leave no aggregate behind.
 */
public final class DayAggregatesRefresh {

    private DayAggregatesRefresh() {
    }

    /** Under the projections' advisory locks, each statement with a fresh snapshot (PL/pgSQL, read committed). */
    public static void all() {
        TestDatabase.execute("""
                do $$ begin
                  perform pg_advisory_xact_lock(hashtext('aggregates.evaluation_day'));
                  perform refresh_evaluation_days(array(
                    select day from evaluation_fact union select day from evaluation_day
                    union select day from evaluator_day union select day from item_loss_day));
                  perform pg_advisory_xact_lock(hashtext('aggregates.sample_day'));
                  perform refresh_sample_days(array(select day from sample_fact union select day from sample_day));
                  perform refresh_call_months(array(
                    select cast(date_trunc('month', day) as date) from call_day union select month from call_month));
                end $$""");
    }
}
