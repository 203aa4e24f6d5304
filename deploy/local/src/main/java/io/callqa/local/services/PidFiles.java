package io.callqa.local.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/run/<service>.pid} while a service runs. A killed launcher cannot stop its services; the next
 * one (the only one: it holds the data directory's lock) finds them here and stops them before starting anew.
 */
final class PidFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PidFiles.class);

    private final Path directory;

    PidFiles(Path directory) {
        this.directory = directory;
    }

    void write(String service, long pid) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(file(service), String.valueOf(pid), StandardCharsets.US_ASCII);
    }

    void delete(String service) {
        try {
            Files.deleteIfExists(file(service));
        } catch (IOException e) {
            LOG.warn("could not delete {}", file(service));
        }
    }

    /** Stops every service process a previous launcher left running, all at once. */
    void stopOrphans() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<ProcessHandle> orphans = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.pid")) {
            for (Path file : files) {
                orphan(file).ifPresent(process -> {
                    LOG.warn("stopping {} (pid {}) left running by an earlier launcher", file.getFileName(), process.pid());
                    process.destroy();
                    orphans.add(process);
                });
                Files.deleteIfExists(file);
            }
        }
        orphans.forEach(PidFiles::awaitExit);
    }

    private static Optional<ProcessHandle> orphan(Path file) throws IOException {
        String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (!pid.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid))
                .filter(p -> p.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false));
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private Path file(String service) {
        return directory.resolve(service + ".pid");
    }
}
