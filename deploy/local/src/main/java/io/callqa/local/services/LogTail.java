package io.callqa.local.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for a message about a service that failed. */
public final class LogTail {

    private LogTail() {
    }

    /** At most {@code lines} lines, none before the last line that starts with {@code marker} (a run's header). */
    public static String of(Path file, String marker, int lines) {
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
        int from = Math.max(0, all.size() - lines);
        for (int i = all.size() - 1; i >= from; i--) {
            if (all.get(i).startsWith(marker)) {
                from = i;
                break;
            }
        }
        return String.join(System.lineSeparator(), all.subList(from, all.size()));
    }
}
