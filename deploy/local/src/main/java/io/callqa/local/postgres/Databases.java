package io.callqa.local.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The login role the services use and one database per service owned by it, created when missing. */
public final class Databases {

    public static final String USER = "callqa";
    public static final String PASSWORD = "callqa";
    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(Databases.class);

    private final PostgresServer server;

    public Databases(PostgresServer server) {
        this.server = server;
    }

    public void ensure(Collection<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), SUPERUSER, "")) {
            ensureRole(c);
            List<String> created = new ArrayList<>();
            for (String database : databases) {
                if (ensureDatabase(c, database)) {
                    created.add(database);
                }
            }
            if (!created.isEmpty()) {
                LOG.info("created databases {} owned by {}", created, USER);
            }
        }
    }

    private void ensureRole(Connection c) throws SQLException {
        if (exists(c, "select 1 from pg_roles where rolname = ?", USER)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        LOG.info("created role {}", USER);
    }

    private boolean ensureDatabase(Connection c, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        if (exists(c, "select 1 from pg_database where datname = ?", database)) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " OWNER " + USER);
        }
        return true;
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
