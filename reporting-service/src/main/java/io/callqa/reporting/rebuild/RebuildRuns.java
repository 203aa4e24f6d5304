package io.callqa.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.callqa.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code rebuild_run}: the record of each rebuild, kept through JDBC by the rebuild's own thread. One runs at a
 * time (a unique index); a run whose heartbeat stopped for {@link #ABANDONED} (its instance died) is marked
 * FAILED when the next one is asked for.
 */
@ApplicationScoped
public class RebuildRuns {

    static final Duration ABANDONED = Duration.ofMinutes(2);

    private static final String COLUMNS = "id, requested_by, requested_at, finished_at, status, events, skipped, error";

    private final DataSource dataSource;

    public RebuildRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts a run for {@code requestedBy}; a 409 when one is running. */
    RebuildRun start(String requestedBy) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            update(c, "update rebuild_run set status = 'FAILED', finished_at = now(), error = 'abandoned: its "
                    + "instance stopped' where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)",
                    ABANDONED.toSeconds());
            try {
                update(c, "insert into rebuild_run (id, requested_by, requested_at, heartbeat_at, status) "
                        + "values (?, ?, now(), now(), 'RUNNING')", id, requestedBy);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw ProblemException.conflict("a rebuild is already running");
                }
                throw e;
            }
            return find(id).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild run not recorded", e);
        }
    }

    void beat(UUID id, long events, long skipped) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            update(c, "update rebuild_run set heartbeat_at = now(), events = ?, skipped = ? where id = ?",
                    events, skipped, id);
        }
    }

    void finish(UUID id, RebuildRun.Status status, long events, long skipped, String error) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "update rebuild_run set status = ?, finished_at = now(), heartbeat_at = now(), events = ?, "
                    + "skipped = ?, error = ? where id = ?", status.name(), events, skipped, error, id);
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild run " + id + " not finished", e);
        }
    }

    public Optional<RebuildRun> find(UUID id) {
        List<RebuildRun> runs = query("select " + COLUMNS + " from rebuild_run where id = ?", id);
        return runs.stream().findFirst();
    }

    public List<RebuildRun> latest(int limit) {
        return query("select " + COLUMNS + " from rebuild_run order by requested_at desc limit ?", limit);
    }

    private List<RebuildRun> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepared(c, sql, parameters);
                ResultSet rs = s.executeQuery()) {
            List<RebuildRun> runs = new ArrayList<>();
            while (rs.next()) {
                Timestamp finished = rs.getTimestamp(4);
                runs.add(new RebuildRun(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        finished == null ? null : finished.toInstant(), RebuildRun.Status.valueOf(rs.getString(5)),
                        rs.getLong(6), rs.getLong(7), rs.getString(8)));
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild runs not readable", e);
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepared(c, sql, parameters)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
