package io.callqa.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsEveryOption() {
        assertEquals(Main.OK, run("--help"));
        for (String option : new String[] {"--agents", "--teams", "--queues", "--start", "--days", "--zone", "--seed",
                "--transcripts", "--no-roster", "--no-complaints", "--out", "--format", "--url", "--token", "--api-key",
                "--batch", "--rate", "--live", "--speed", "--retries", "--quiet"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void withoutArgumentsItPrintsUsageAndFails() {
        assertEquals(Main.USAGE, run());
        assertTrue(out.toString().startsWith("acd-simulator"));
    }

    @Test
    void aBadCommandLineNamesTheProblem() {
        assertEquals(Main.USAGE, run("push", "--batch", "0"));
        assertEquals("error: --batch must be between 1 and 10000 (see --help)", err.toString().trim());
    }

    @Test
    void generatesNdjsonToStandardOutput() {
        assertEquals(Main.OK, run("generate", "--out", "-", "--agents", "5", "--teams", "1", "--queues", "1"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length > 50, "calls: " + lines.length);
        assertTrue(lines[0].startsWith("{\"callId\":\"SIM-42-20261101-"), lines[0]);
        assertTrue(err.toString().startsWith("wrote " + lines.length + " calls to -"), err.toString());
    }

    @Test
    void aFileThatCannotBeWrittenEndsWithStatusThree() {
        assertEquals(Main.FAILED, run("generate", "--out", "/nonexistent-directory/calls.csv", "--transcripts"));
        assertTrue(err.toString().contains("warning: CSV has no transcript column"), err.toString());
        assertTrue(err.toString().contains("error: cannot write /nonexistent-directory/calls.csv (NoSuchFileException)"),
                err.toString());
    }

    @Test
    void anUnreachableIngestEndsWithStatusThree() {
        assertEquals(Main.FAILED, run("push", "--url", "http://127.0.0.1:1", "--retries", "0", "--quiet",
                "--agents", "5", "--teams", "1", "--queues", "1", "--no-roster"));
        assertTrue(err.toString().contains("no connection to http://127.0.0.1:1/api/v1/calls"), err.toString());
        assertTrue(out.toString().contains("calls       sent 0"), out.toString());
    }

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), ZoneOffset.UTC);
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true))
                .run(args, Map.of(), clock);
    }
}
