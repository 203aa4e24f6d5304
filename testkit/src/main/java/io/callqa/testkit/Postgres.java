package io.callqa.testkit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 per test JVM, from zonky's embedded binaries, and a fresh database per caller.
 * Like {@link KafkaBroker}, the server's port lives in a system property so every class loader finds it.
 */
public final class Postgres {

    static final String PORT_PROPERTY = "callqa.testkit.postgres.port";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private Postgres() {
    }

    /** Creates an empty database whose name starts with {@code prefix}. */
    public static Database createDatabase(String prefix) {
        String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
        Database database = new Database(name, port());
        try (Connection c = DriverManager.getConnection(database.withName("postgres").jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return database;
    }

    public static synchronized int port() {
        String running = System.getProperty(PORT_PROPERTY);
        if (running == null) {
            running = String.valueOf(start());
            System.setProperty(PORT_PROPERTY, running);
        }
        return Integer.parseInt(running);
    }

    private static int start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return postgres.getPort();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    /** A database on the embedded server, with the URLs Quarkus wants for it. */
    public record Database(String name, int port) {

        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + name;
        }

        public String reactiveUrl() {
            return "postgresql://localhost:" + port + "/" + name;
        }

        Database withName(String other) {
            return new Database(other, port);
        }
    }
}
