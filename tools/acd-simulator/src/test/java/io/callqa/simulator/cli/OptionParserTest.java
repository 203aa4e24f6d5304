package io.callqa.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionParserTest {

    /** 2026-11-02 01:30 in Shanghai, still 2026-11-01 in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T17:30:00Z"), ZoneOffset.UTC);

    @Test
    void pushDefaultsToYesterdayInTheCentersZoneAndTheLocalIngest() {
        Options options = parse("push");
        assertEquals(Command.PUSH, options.command());
        assertEquals(LocalDate.of(2026, 11, 1), options.scenario().start());
        assertEquals(1, options.scenario().days());
        assertEquals(50, options.scenario().agents());
        assertEquals(5, options.scenario().teams());
        assertEquals(3, options.scenario().queues());
        assertEquals(42, options.scenario().seed());
        assertEquals(URI.create("http://localhost:8081"), options.url());
        assertEquals(Format.JSON, options.format());
        assertEquals(1000, options.batch());
        assertNull(options.rate());
        assertFalse(options.live());
        assertTrue(options.roster() && options.complaints());
    }

    @Test
    void liveDefaultsToToday() {
        assertEquals(LocalDate.of(2026, 11, 2), parse("push", "--live").scenario().start());
        assertEquals(LocalDate.of(2026, 11, 1), parse("push", "--live", "--zone", "UTC").scenario().start());
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        Options options = parse("push", "--agents=120", "--teams", "8", "--queues", "5", "--days", "31", "--start",
                "2026-10-01", "--seed", "7", "--transcripts", "--url", "http://ingest:9000/", "--api-key", "k",
                "--batch", "500", "--rate", "250", "--format", "csv", "--no-roster", "--no-complaints", "--retries",
                "2", "--quiet");
        assertEquals(120, options.scenario().agents());
        assertEquals(LocalDate.of(2026, 10, 31), options.scenario().end());
        assertEquals(URI.create("http://ingest:9000"), options.url());
        assertEquals("k", options.apiKey());
        assertEquals(250.0, options.rate());
        assertEquals(Format.CSV, options.format());
        assertFalse(options.roster() || options.complaints());
        assertTrue(options.scenario().transcripts() && options.quiet());
    }

    @Test
    void credentialsComeFromTheEnvironmentUnlessGiven() {
        Options fromEnv = OptionParser.parse(new String[] {"push"}, Map.of("CALLQA_TOKEN", "jwt"), CLOCK);
        assertEquals("jwt", fromEnv.token());
        Options given = OptionParser.parse(new String[] {"push", "--token", "mine"}, Map.of("CALLQA_TOKEN", "jwt"), CLOCK);
        assertEquals("mine", given.token());
    }

    @Test
    void generateTakesTheFormatFromTheFileName() {
        assertEquals(Format.CSV, parse("generate", "--out", "calls.CSV").format());
        assertEquals(Format.NDJSON, parse("generate", "--out", "calls.ndjson").format());
        assertEquals(Format.NDJSON, parse("generate", "--out", "-").format());
    }

    @Test
    void helpWinsOverEverythingElse() {
        assertEquals(Command.HELP, parse("push", "--help").command());
        assertEquals(Command.HELP, parse("-h").command());
        assertEquals(Command.HELP, parse().command());
    }

    @Test
    void rejectsWhatItCannotRunWithAMessageNamingTheOption() {
        assertMessage("unknown option --agent", "push", "--agent", "5");
        assertMessage("unknown command 'send'", "send");
        assertMessage("generate needs --out", "generate");
        assertMessage("--rate is for push only", "generate", "--out", "x.csv", "--rate", "5");
        assertMessage("--out is for generate only", "push", "--out", "x.csv");
        assertMessage("--batch must be between 1 and 10000", "push", "--batch", "20000");
        assertMessage("--speed goes with --live", "push", "--speed", "60");
        assertMessage("--rate takes a positive number", "push", "--rate", "0");
        assertMessage("--start takes a date like 2026-11-01", "push", "--start", "yesterday");
        assertMessage("--zone takes a time zone", "push", "--zone", "Mars/Olympus");
        assertMessage("--url takes an http(s) URL", "push", "--url", "localhost:8081");
        assertMessage("either --token or --api-key", "push", "--token", "a", "--api-key", "b");
        assertMessage("teams (9) cannot outnumber agents (4)", "push", "--agents", "4", "--teams", "9");
        assertMessage("queues must be between 1 and 8", "push", "--queues", "9");
        assertMessage("option --days needs a value", "push", "--days");
        assertMessage("option --seed given twice", "push", "--seed", "1", "--seed=2");
        assertMessage("generate writes ndjson or csv", "generate", "--out", "x", "--format", "json");
    }

    private static void assertMessage(String expected, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Options parse(String... args) {
        return OptionParser.parse(args, Map.of(), CLOCK);
    }
}
