package io.callqa.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void tokenCommandPrintsOnlyATokenSignedWithTheKeyItKeepsInTheDataDirectory() {
        int status = run("token", "evaluator", "--user", "e-1", "--data-dir", data.toString());

        assertEquals(0, status, text(err));
        assertTrue(text(out).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\R"), text(out));
        assertTrue(Files.isRegularFile(data.resolve("jwt/private.pem")));
        assertTrue(Files.isRegularFile(data.resolve("jwt/public.pem")));
    }

    @Test
    void tokenThatCannotBeIssuedPrintsNothingOnStdoutAndSaysWhyOnStderr() {
        int status = run("token", "team-lead", "--data-dir", data.toString());

        assertEquals(1, status);
        assertEquals("", text(out));
        assertTrue(text(err).contains("--team"), text(err));
    }

    @Test
    void helpNamesEveryOptionWithItsVariable() {
        int status = run("--help");

        assertEquals(0, status);
        assertTrue(text(out).contains("--kafka-port"));
        assertTrue(text(out).contains("CALLQA_LOCAL_KAFKA_PORT"));
        assertTrue(text(out).contains("token ROLE"));
    }

    @Test
    void unknownOptionIsRefused() {
        int status = run("--kafak-port", "1", "--data-dir", data.toString());

        assertEquals(1, status);
        assertTrue(text(err).contains("unknown option --kafak-port"), text(err));
    }

    private int run(String... args) {
        return new Main(print(out), print(err)).run(args, new Properties(), Map.of());
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
