package io.callqa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@link ReadModelData} into reporting's database over one JDBC connection: empties the tables, drops their
 * secondary indexes (kept: primary keys), runs the inserts, builds the indexes again, fills the aggregates the
 * projections keep (V7: the service's own refresh functions, over every day and month), then {@code VACUUM ANALYZE}
 * (statistics and the visibility map as autovacuum would leave them, and no autovacuum during the measurement).
 * Records how long each table took and, at the end, a marker row with the size, so a kept data directory is not
 * loaded twice.
 */
final class ReadModelLoader {

    /** The aggregates the reporting service's projections keep beside the facts (V7). */
    static final List<String> AGGREGATES = List.of("evaluation_day", "evaluation_month", "evaluator_day",
            "item_loss_day", "item_loss_month", "sample_day", "sample_center_day", "call_month");

    /** Seconds per table (inserts), plus "indexes", "aggregates" and "vacuum analyze". */
    final Map<String, Double> seconds = new LinkedHashMap<>();

    private final Connection connection;

    ReadModelLoader(Connection connection) {
        this.connection = connection;
    }

    /** True when a load of exactly this size finished in this database before. */
    boolean loaded(ReportingOptions.DataSize size) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_loaded (size text not null, loaded_at timestamptz"
                    + " not null default now())");
            try (ResultSet rows = statement.executeQuery("select size from bench_loaded")) {
                return rows.next() && rows.getString(1).equals(size.toString());
            }
        }
    }

    void load(ReportingOptions.DataSize size) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
            statement.execute("set work_mem = '256MB'");
            statement.execute("set maintenance_work_mem = '512MB'");
            statement.execute("create table if not exists bench_loaded (size text not null, loaded_at timestamptz"
                    + " not null default now())");
            statement.execute("delete from bench_loaded");
            statement.execute("truncate " + String.join(", ", ReadModelData.TABLES) + ", "
                    + String.join(", ", AGGREGATES));
            List<String> indexes = dropIndexes(statement);
            for (ReadModelData.Step step : ReadModelData.steps(size)) {
                long start = System.nanoTime();
                statement.execute(step.sql());
                if (step.table() != null) {
                    double took = (System.nanoTime() - start) / 1e9;
                    seconds.merge(step.table(), took, Double::sum);
                    SamplingBench.progress(String.format("load: %s %.1f s", step.table(), took));
                }
            }
            time("indexes", () -> {
                for (String index : indexes) {
                    statement.execute(index);
                }
            });
            time("aggregates", () -> {
                statement.execute("select refresh_evaluation_days(array(select distinct day from evaluation_fact))");
                statement.execute("select refresh_sample_days(array(select distinct day from sample_fact))");
                statement.execute("select refresh_call_months(array(select distinct cast(date_trunc('month', day)"
                        + " as date) from call_day))");
            });
            time("vacuum analyze", () -> {
                for (String table : ReadModelData.TABLES) {
                    statement.execute("vacuum analyze " + table);
                }
                for (String table : AGGREGATES) {
                    statement.execute("vacuum analyze " + table);
                }
            });
            try (PreparedStatement marker = connection.prepareStatement("insert into bench_loaded (size) values (?)")) {
                marker.setString(1, size.toString());
                marker.executeUpdate();
            }
        }
    }

    /** Drops the secondary indexes of the loaded tables; returns their definitions. */
    private List<String> dropIndexes(Statement statement) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select i.indexname, i.indexdef
                  from pg_indexes i
                  join pg_class c on c.relname = i.indexname and c.relnamespace = 'public'::regnamespace
                  join pg_index x on x.indexrelid = c.oid
                 where i.schemaname = 'public' and i.tablename = any (?) and not x.indisprimary
                   and not x.indisunique""")) {
            query.setArray(1, connection.createArrayOf("text", ReadModelData.TABLES.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        for (String name : names) {
            statement.execute("drop index " + name);
        }
        return definitions;
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void time(String name, SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        double took = (System.nanoTime() - start) / 1e9;
        seconds.put(name, took);
        SamplingBench.progress(String.format("load: %s %.1f s", name, took));
    }

    /** Rows and size on disk (table, indexes, TOAST) of every loaded table, largest first. */
    Map<String, long[]> sizes() throws SQLException {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
                  from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname = any (array['"""
                + String.join("','", ReadModelData.TABLES) + "','" + String.join("','", AGGREGATES)
                + "'])\n order by 3 desc")) {
            while (rows.next()) {
                sizes.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
            }
        }
        return sizes;
    }

    /** The totals the projections would have: calls, latest evaluations, items, samples, complaints. */
    Map<String, Long> totals() throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select (select sum(calls) from call_day), (select sum(answered) from call_day),
                       (select count(*) from evaluation_fact where latest),
                       (select count(*) from evaluation_item_fact where latest),
                       (select count(*) from sample_fact), (select count(*) from complaint_fact),
                       (select count(*) from appeal_fact)""")) {
            rows.next();
            List<String> names = List.of("calls", "answered", "evaluations", "deducted items", "samples",
                    "complaints", "appeals");
            for (int i = 0; i < names.size(); i++) {
                totals.put(names.get(i), rows.getLong(i + 1));
            }
        }
        return totals;
    }
}
