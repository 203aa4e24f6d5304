package io.callqa.local.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's embedded binaries on a data directory kept between starts: initdb runs only when
 * the directory has no {@code postgresql.conf} yet (see {@code EmbeddedPostgres}'s constructor), and stopping
 * never deletes it ({@code setCleanDataDirectory(false)}).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    static final String SETTINGS_PROPERTY = "callqa.postgres.settings";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Stops a server a killed launcher left running on this data directory (the caller holds its lock). */
    public static void stopOrphan(Path dataDirectory) throws IOException {
        Postmaster.stopOrphan(dataDirectory, STOP_WAIT);
    }

    /** Starts the server on {@code port}, its own output appended to {@code logFile}. */
    public static PostgresServer start(Path dataDirectory, int port, Path logFile) throws IOException {
        Postmaster.stopOrphan(dataDirectory, STOP_WAIT);
        Files.createDirectories(logFile.getParent());
        var log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        extraSettings().forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false) // stopped by the stack, after the services
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        LOG.info("PostgreSQL listening on localhost:{} with data in {}", port, dataDirectory);
        return new PostgresServer(postgres, dataDirectory);
    }

    /**
     * More server settings from the system property {@value #SETTINGS_PROPERTY}, {@code name=value} pairs
     * separated by {@code ;}, e.g. {@code shared_preload_libraries=pg_stat_statements;track_io_timing=on} for a
     * profiling run of the benchmarks.
     */
    static Map<String, String> extraSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : System.getProperty(SETTINGS_PROPERTY, "").split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return settings;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A JDBC URL for {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and waits until its postmaster is gone. */
    @Override
    public void close() throws IOException {
        postgres.close();
        Postmaster.awaitGone(dataDirectory, STOP_WAIT);
    }
}
