package io.callqa.local.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path directory;

    @Test
    void showsOnlyTheLastRunOfAServiceWhoseLogKeepsEarlierOnes() throws Exception {
        Path log = directory.resolve("ingest.log");
        Files.writeString(log, "=== ingest starting at 1\nold failure\n=== ingest starting at 2\nbanner\nnew failure\n");

        assertEquals(String.join(System.lineSeparator(), "=== ingest starting at 2", "banner", "new failure"),
                LogTail.of(log, "=== ingest starting", 40));
        assertEquals(String.join(System.lineSeparator(), "banner", "new failure"), LogTail.of(log, "=== ingest starting", 2));
    }

    @Test
    void aMissingLogIsSaidToBeMissing() {
        assertTrue(LogTail.of(directory.resolve("none.log"), "===", 5).startsWith("(could not read"));
    }
}
