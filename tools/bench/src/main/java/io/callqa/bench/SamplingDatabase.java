package io.callqa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.local.postgres.Databases;

/** Reads sampling's tables over JDBC: calls indexed, reasons per rule, closed intervals per verdict. */
final class SamplingDatabase implements AutoCloseable {

    private final Connection connection;

    SamplingDatabase(String jdbcUrl) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, Databases.USER, Databases.PASSWORD);
    }

    long calls() throws SQLException {
        return single("select count(*) from call");
    }

    long samples() throws SQLException {
        return single("select count(*) from sample");
    }

    /** The indexed calls' shape, under the keys of the replay's own count: calls, abandoned, talk<20 … */
    Map<String, Long> shape() throws SQLException {
        Map<String, Long> shape = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select count(*), count(*) filter (where answered_at is null),
                       count(*) filter (where answered_at is not null and talk_seconds < 20),
                       count(*) filter (where answered_at is not null and talk_seconds > 200),
                       count(*) filter (where answered_at is not null and wait_seconds <= 20)
                  from call""")) {
            rows.next();
            List<String> keys = List.of("calls", "abandoned", "talk<20", "talk>200", "answered<=20s");
            for (int i = 0; i < keys.size(); i++) {
                shape.put(keys.get(i), rows.getLong(i + 1));
            }
        }
        return shape;
    }

    Map<String, Long> reasonsPerRule() throws SQLException {
        return grouped("select rule, count(*) from sample_reason group by rule order by rule");
    }

    Map<String, Long> closedIntervalsPerVerdict() throws SQLException {
        return grouped("select coalesce(verdict, 'NONE'), count(*) from service_interval where closed_at is not null"
                + " group by 1 order by 1");
    }

    long openIntervals() throws SQLException {
        return single("select count(*) from service_interval where closed_at is null");
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getLong(2));
            }
        }
        return result;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
