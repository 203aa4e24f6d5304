package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * CPU ticks of the stack's PostgreSQL: the postmaster named in {@code postmaster.pid}, its backends still
 * running, and those that ended (counted into the postmaster's children ticks).
 */
final class PostgresCpu {

    private final Path pidFile;

    PostgresCpu(Path postgresDataDirectory) {
        this.pidFile = postgresDataDirectory.resolve("postmaster.pid");
    }

    long ticks() {
        String pidText = ProcFiles.read(pidFile);
        if (pidText == null || pidText.isBlank()) {
            return 0;
        }
        long postmaster = Long.parseLong(pidText.lines().findFirst().orElseThrow().trim());
        String own = ProcFiles.read(Path.of("/proc", String.valueOf(postmaster), "stat"));
        return own == null ? 0 : ProcFiles.cpuTicksWithChildren(own) + childrenTicks(postmaster);
    }

    private static long childrenTicks(long parent) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> ProcFiles.read(p.resolve("stat")))
                    .filter(Objects::nonNull)
                    .filter(stat -> ProcFiles.parentPid(stat) == parent)
                    .mapToLong(ProcFiles::cpuTicks)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
