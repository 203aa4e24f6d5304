package io.callqa.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresTest {

    @Test
    void eachCallerGetsItsOwnDatabaseOnPostgres17() throws Exception {
        Postgres.Database first = Postgres.createDatabase("first");
        Postgres.Database second = Postgres.createDatabase("first");

        assertNotEquals(first.name(), second.name());
        assertEquals(first.port(), second.port());
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
            ResultSet version = s.executeQuery("SHOW server_version");
            version.next();
            assertTrue(version.getString(1).startsWith("17."), version.getString(1));
        }
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
             ResultSet tables = c.getMetaData().getTables(null, null, "t", null)) {
            assertTrue(!tables.next(), "the second database must not see the first one's table");
        }
    }
}
