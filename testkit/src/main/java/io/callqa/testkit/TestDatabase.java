package io.callqa.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain JDBC on the database of the application under test (the one {@link InfraResource} created), for
 * assertions such as "nothing was stored".
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The single number {@code sql} selects, e.g. {@code count("select count(*) from note where id = ?", id)}. */
    public static long count(String sql, Object... params) {
        return single(sql, params, rs -> rs.getLong(1));
    }

    /** The single text {@code sql} selects (null for SQL null). */
    public static String text(String sql, Object... params) {
        return single(sql, params, rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(String sql, Object[] params, Column<T> column) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public static void execute(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
