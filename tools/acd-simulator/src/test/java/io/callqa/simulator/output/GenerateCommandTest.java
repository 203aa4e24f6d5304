package io.callqa.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.simulator.cli.OptionParser;
import io.callqa.simulator.cli.Options;

class GenerateCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-03T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void writesCallsRosterAndComplaintsThatReferToTheCalls() throws IOException {
        Path calls = directory.resolve("calls.ndjson");
        run("generate", "--out", calls.toString(), "--days", "3", "--start", "2026-11-02");
        List<String> lines = Files.readAllLines(calls);
        JsonNode roster = JsonRecords.mapper().readTree(directory.resolve("calls.agents.json").toFile());
        JsonNode complaints = JsonRecords.mapper().readTree(directory.resolve("calls.complaints.json").toFile());
        assertEquals(50, roster.size());
        assertEquals("A0001", roster.get(0).path("agentId").asText());
        Set<String> callIds = lines.stream().map(GenerateCommandTest::callId).collect(Collectors.toSet());
        assertEquals(lines.size(), callIds.size());
        assertTrue(complaints.size() > 0);
        complaints.forEach(c -> assertTrue(callIds.contains(c.path("callId").asText()), c.toString()));
    }

    @Test
    void runsTwiceToTheSameBytes() throws IOException {
        Path first = directory.resolve("a.csv");
        Path second = directory.resolve("b.csv");
        run("generate", "--out", first.toString(), "--seed", "5", "--no-roster", "--no-complaints");
        run("generate", "--out", second.toString(), "--seed", "5", "--no-roster", "--no-complaints");
        assertEquals(-1L, Files.mismatch(first, second));
        assertTrue(Files.readString(first).startsWith("callId,channel,"));
        assertEquals(List.of("a.csv", "b.csv"), Files.list(directory).map(p -> p.getFileName().toString()).sorted().toList());
    }

    private static String callId(String line) {
        try {
            return JsonRecords.mapper().readTree(line).path("callId").asText();
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static void run(String... args) throws IOException {
        Options options = OptionParser.parse(args, Map.of(), CLOCK);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, new GenerateCommand(options, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run());
        assertTrue(err.toString().startsWith("wrote "), err.toString());
    }
}
