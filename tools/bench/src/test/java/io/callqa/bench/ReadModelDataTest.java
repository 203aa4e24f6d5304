package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.postgres.PostgresServer;

/**
 * The generator at a small scale (20 agents, 14 days) on an embedded PostgreSQL with reporting's own migrations:
 * row counts and sums as the sizes say, and the same rows again for the same seed.
 */
class ReadModelDataTest {

    private static final ReportingOptions.DataSize SIZE = ReportingOptions.size(40, 14, LocalDate.of(2026, 3, 2),
            null, null, 7);

    @TempDir
    static Path directory;
    private static PostgresServer server;
    private static Connection connection;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = PostgresServer.start(directory.resolve("pg"), port, directory.resolve("pg.log"));
        connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
        // reporting's migrations in version order, as Flyway would run them (service-kit's outbox and inbox aside)
        Path migrations = Path.of("../../reporting-service/src/main/resources/db/migration");
        try (Statement statement = connection.createStatement(); var files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(ReadModelDataTest::version)).toList()) {
                statement.execute(Files.readString(file));
            }
        }
        new ReadModelLoader(connection).load(SIZE);
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        server.close();
    }

    @Test
    void callsAddUpToTheCallsPerDay() throws Exception {
        long calls = single("select sum(calls) from call_day");
        long expected = SIZE.callsPerDay() * SIZE.days();
        assertTrue(Math.abs(calls - expected) < expected * 0.06, calls + " calls, expected about " + expected);
        assertEquals(0, single("select count(*) from call_day where answered > offered or answered_within > answered"
                + " or csat_sum > 5 * csat_count"));
        assertEquals(SIZE.days() * 10L, single("select count(*) from call_day where agent_id = ''"));
        assertEquals(SIZE.days() * 28L * 11, single("select count(*) from interval_fact"));
    }

    @Test
    void everySixthSampleStaysUnevaluatedAndItemsMatchTheScores() throws Exception {
        assertEquals(SIZE.samples(), single("select count(*) from sample_fact"));
        assertEquals(SIZE.samples() - SIZE.samples() / 6, single("select count(*) from evaluation_fact where latest"));
        assertEquals(0, single("""
                select count(*) from evaluation_fact e
                 where e.total_score <> 100 - coalesce((select sum(points_lost) from evaluation_item_fact i
                        where i.evaluation_id = e.evaluation_id and i.version = e.version), 0)
                   and e.latest"""));
        long items = single("select count(*) from evaluation_item_fact where latest and not failed");
        double perEvaluation = items / (double) single("select count(*) from evaluation_fact where latest");
        assertTrue(perEvaluation > 1.9 && perEvaluation < 2.5, "items per evaluation " + perEvaluation);
        assertEquals(single("select count(*) from evaluation_fact where latest and critical_failed"),
                single("select count(*) from evaluation_item_fact where latest and failed"));
        assertEquals(40, single("select count(*) from agent_fact"));
    }

    @Test
    void theAggregatesAreFilledFromTheFacts() throws Exception {
        assertEquals(single("select count(*) from evaluation_fact where latest"),
                single("select sum(evaluations) from evaluation_day"));
        assertEquals(single("select sum(evaluations) from evaluation_day"),
                single("select sum(evaluations) from evaluation_month"));
        assertEquals(single("select sum(points_lost) from evaluation_item_fact where latest"),
                single("select sum(points_lost) from item_loss_month"));
        assertEquals(SIZE.samples(), single("select sum(sampled) from sample_center_day"));
        assertEquals(single("select sum(calls) from call_day"), single("select sum(calls) from call_month"));
        assertEquals(single("select count(*) from appeal_fact"), single("select sum(appeals) from evaluator_day"));
    }

    @Test
    void sizesAreReportedAndTheSameSeedGivesTheSameRows() throws Exception {
        ReadModelLoader loader = new ReadModelLoader(connection);
        assertTrue(loader.loaded(SIZE));
        Map<String, Long> totals = loader.totals();
        String before = fingerprint();
        loader.load(SIZE);
        assertEquals(before, fingerprint());
        assertEquals(totals, loader.totals());
        assertTrue(loader.sizes().containsKey("call_day"));
        assertTrue(single("select count(*) from complaint_fact") > 0);
        assertTrue(single("select count(*) from appeal_fact") > 0);
    }

    private static String fingerprint() throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select (select md5(string_agg(evaluation_id || ':' || total_score, ',' order by evaluation_id, version))
                          from evaluation_fact)
                    || (select md5(string_agg(day || agent_id || queue_id || calls || handle_seconds, ','
                                              order by day, agent_id, team_id, queue_id)) from call_day)""")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long single(String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
