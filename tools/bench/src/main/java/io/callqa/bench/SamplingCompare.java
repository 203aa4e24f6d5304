package io.callqa.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.callqa.local.postgres.Databases;
import io.callqa.local.postgres.PostgresServer;

/**
 * Compares what two sampling runs over the same replay decided, e.g. a full-speed replay and a run in small
 * batches: every replayed call's sample (mode, priority, and each reason with its detail) and every interval
 * (figures, verdict, closed or not). Reads the data directories two runs of
 * {@code tools/bench/run.sh --sampling --keep} left. Call ids, also inside details, are compared without the
 * run's id ({@code c-<day>-<run>-<n>}); the latency phase's calls ({@code lat-*}) are left out.
 *
 * <pre>tools/bench/run.sh --compare DIR_A DIR_B</pre>
 *
 * Exit status 0 when the two agree exactly, 2 when they differ, 1 when the comparison failed.
 */
public final class SamplingCompare {

    private static final String SAMPLES = """
            select regexp_replace(s.call_id, '^(c-[0-9]+)-[a-z0-9]+-', '\\1-') || ' ' || s.mode || ' ' || s.priority
                   || ' ' || string_agg(r.rule || ' (' || regexp_replace(r.detail, 'c-([0-9]+)-[a-z0-9]+-', 'c-\\1-',
                                        'g') || ')', ', ' order by r.rule)
            from sample s join sample_reason r using (call_id)
            where s.call_id like 'c-%'
            group by s.call_id, s.mode, s.priority""";

    private static final String INTERVALS = """
            select scope_key || ' ' || start_at || ' ' || offered || ' ' || answered_within || ' ' || abandoned || ' '
                   || coalesce(verdict, 'NONE') || ' ' || case when closed_at is null then 'open' else 'closed' end
            from service_interval
            where start_at < (select max(interval_end) from call where call_id like 'c-%')""";

    private SamplingCompare() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: tools/bench/run.sh --compare DIR_A DIR_B   (data directories kept by --keep)");
            System.exit(1);
        }
        try {
            Decisions a = read(Path.of(args[0]));
            Decisions b = read(Path.of(args[1]));
            boolean same = report("samples", a.samples(), b.samples()) & report("intervals", a.intervals(),
                    b.intervals());
            System.out.println(same ? "identical" : "DIFFERENT");
            System.exit(same ? 0 : 2);
        } catch (Exception e) {
            System.err.println("error: the comparison failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    record Decisions(List<String> samples, List<String> intervals) {
    }

    private static Decisions read(Path dataDirectory) throws IOException, SQLException {
        Path postgres = dataDirectory.resolve("postgres");
        if (!Files.isDirectory(postgres)) {
            throw new IOException("no kept PostgreSQL data in " + postgres);
        }
        try (PostgresServer server = PostgresServer.start(postgres, freePort(),
                dataDirectory.resolve("logs/compare-postgres.log"));
                Connection connection = DriverManager.getConnection(server.jdbcUrl("sampling"), Databases.USER,
                        Databases.PASSWORD)) {
            return new Decisions(lines(connection, SAMPLES), lines(connection, INTERVALS));
        }
    }

    private static List<String> lines(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        lines.sort(null);
        return lines;
    }

    /** Prints the counts and up to 20 differences; answers whether the two lists are equal. */
    private static boolean report(String what, List<String> a, List<String> b) {
        Set<String> inA = new HashSet<>(a);
        Set<String> inB = new HashSet<>(b);
        TreeMap<String, String> differences = new TreeMap<>();
        a.stream().filter(line -> !inB.contains(line)).limit(20).forEach(line -> differences.put(line, "only in A"));
        b.stream().filter(line -> !inA.contains(line)).limit(20).forEach(line -> differences.put(line, "only in B"));
        System.out.printf("%s: A %,d, B %,d, %s%n", what, a.size(), b.size(),
                a.equals(b) ? "identical" : "different");
        differences.forEach((line, side) -> System.out.println("  " + side + ": " + line));
        return a.equals(b);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
