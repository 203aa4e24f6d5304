package io.callqa.local.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server process recorded in {@code postmaster.pid}. A launcher that was killed leaves its server running;
 * the next launcher (which holds the data directory's lock, so it is the only one) stops that orphan first.
 */
final class Postmaster {

    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);

    private Postmaster() {
    }

    static void stopOrphan(Path dataDirectory, Duration wait) throws IOException {
        Optional<ProcessHandle> orphan = running(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("stopping PostgreSQL (pid {}) left running by an earlier launcher", orphan.get().pid());
        fastShutdown(orphan.get());
        awaitGone(dataDirectory, wait);
    }

    /** SIGINT, like {@code pg_ctl stop -m fast}: clients are disconnected rather than waited for. */
    private static void fastShutdown(ProcessHandle postmaster) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }

    static void awaitGone(Path dataDirectory, Duration wait) throws IOException {
        Instant deadline = Instant.now().plus(wait);
        Optional<ProcessHandle> process = running(dataDirectory);
        while (process.isPresent() && process.get().isAlive()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("PostgreSQL (pid " + process.get().pid() + ") did not stop within " + wait);
            }
            sleep();
        }
    }

    /** The live process named in {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(Postmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for PostgreSQL to stop", e);
        }
    }
}
