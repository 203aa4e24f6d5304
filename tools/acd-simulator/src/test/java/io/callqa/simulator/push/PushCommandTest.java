package io.callqa.simulator.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.simulator.cli.OptionParser;
import io.callqa.simulator.cli.Options;
import io.callqa.simulator.push.StubIngest.Answer;
import io.callqa.simulator.traffic.Traffic;

class PushCommandTest {

    private static final Instant THREE_DAYS_LATER = Instant.parse("2026-11-05T02:00:00Z");

    private FakeTicker ticker;
    private StubIngest ingest;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        ingest.close();
    }

    @Test
    void sendsTheRosterFirstThenAllCallsInBatchesOfTheGivenSize() throws Exception {
        PushCommand push = push(THREE_DAYS_LATER, "--agents", "20", "--batch", "100", "--token", "jwt");
        List<StubIngest.Request> calls = ingest.to("/api/v1/calls");
        assertEquals("/api/v1/agents", ingest.requests.get(0).path());
        assertEquals(20, ingest.requests.get(0).count());
        int total = calls.stream().mapToInt(StubIngest.Request::count).sum();
        assertEquals(total, push.tallies().get(0).sent());
        assertEquals(total, push.tallies().get(0).accepted());
        for (int i = 0; i < calls.size() - 1; i++) {
            assertEquals(100, calls.get(i).count(), "batch " + i);
        }
        assertTrue(calls.get(calls.size() - 1).count() <= 100);
        assertTrue(ingest.requests.stream().allMatch(r -> "Bearer jwt".equals(r.authorization())
                && r.contentType().equals("application/json")));
        assertTrue(ticker.sleeps.isEmpty(), "a historical push at full speed never waits");
    }

    @Test
    void keepsEveryRequestUnderTheByteLimit() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        Options options = options("--agents", "20", "--transcripts", "--no-roster", "--quiet");
        run(options, 50_000);
        List<StubIngest.Request> calls = ingest.to("/api/v1/calls");
        assertTrue(calls.size() > 10);
        assertTrue(calls.stream().allMatch(r -> r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 50_000));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysWhenTheServiceIsUnavailable() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        int[] calls = {0};
        ingest.answer(r -> r.path().equals("/api/v1/calls") && calls[0]++ == 0
                ? new Answer(503, "{\"title\":\"Kafka is unreachable\"}", "7")
                : Answer.accepted(r));
        PushCommand push = run(options("--agents", "10", "--no-roster", "--no-complaints", "--quiet"), 1 << 25);
        assertEquals(List.of(Duration.ofSeconds(7)), ticker.sleeps);
        List<StubIngest.Request> sent = ingest.to("/api/v1/calls");
        assertEquals(sent.get(0).body(), sent.get(1).body());
        assertEquals(sent.size() - 1, sent.stream().skip(1).count());
        assertEquals(sent.stream().skip(1).mapToInt(StubIngest.Request::count).sum(), push.tallies().get(0).sent());
    }

    @Test
    void givesUpAfterTheGivenNumberOfRetries() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        ingest.answer(r -> new Answer(503, "", null));
        IngestException e = assertThrows(IngestException.class,
                () -> run(options("--agents", "10", "--no-roster", "--retries", "2", "--quiet"), 1 << 25));
        assertEquals(3, ingest.requests.size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), ticker.sleeps);
        assertTrue(e.getMessage().contains("503") && e.getMessage().contains("gave up after 2 retries"), e.getMessage());
    }

    @Test
    void countsWhatTheAnswersSayAndKeepsTheFirstRejections() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        ingest.answer(r -> {
            if (!r.path().equals("/api/v1/calls")) {
                return Answer.accepted(r);
            }
            String id = r.records().get(2).path("callId").asText();
            return new Answer(200, "{\"accepted\":" + (r.count() - 2) + ",\"duplicates\":1,\"rejected\":[{\"index\":2,"
                    + "\"callId\":\"" + id + "\",\"errors\":[{\"field\":\"endedAt\",\"message\":\"must not be before "
                    + "answeredAt\"}]}]}", null);
        });
        PushCommand push = run(options("--agents", "10", "--batch", "500", "--quiet"), 1 << 25);
        int batches = ingest.to("/api/v1/calls").size();
        Tally.Snapshot calls = push.tallies().get(0);
        assertEquals(calls.sent() - 2L * batches, calls.accepted());
        assertEquals(batches, calls.duplicates());
        assertEquals(batches, calls.rejected());
        assertEquals(Math.min(batches, Tally.KEPT_MESSAGES), calls.firstRejections().size());
        assertTrue(calls.firstRejections().get(0).matches("#2 SIM-42-\\d{8}-\\d{6}: endedAt must not be before answeredAt;"),
                calls.firstRejections().get(0));
        String summary = PushSummary.text(push.tallies(), 2_000_000_000L);
        assertTrue(summary.contains("calls       sent " + calls.sent() + "  accepted " + calls.accepted()
                + "  duplicates " + batches + "  rejected " + batches), summary);
        assertTrue(summary.contains("rejected calls #2 SIM-42-"), summary);
        assertTrue(summary.contains("records/s"), summary);
    }

    @Test
    void refusedCredentialsStopThePushWithAHint() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        ingest.answer(r -> new Answer(401, "{\"title\":\"Unauthorized\",\"status\":401}", null));
        IngestException e = assertThrows(IngestException.class, () -> run(options("--quiet"), 1 << 25));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("answered 401: Unauthorized") && e.getMessage().contains("run-local.sh token acd"),
                e.getMessage());
        assertEquals(1, ingest.requests.size());
    }

    @Test
    void anIngestWithoutRosterAndComplaintEndpointsStillGetsTheCalls() throws Exception {
        ticker = new FakeTicker(THREE_DAYS_LATER);
        ingest = new StubIngest(ticker::now);
        ingest.answer(r -> r.path().equals("/api/v1/calls") ? Answer.accepted(r) : new Answer(404, "", null));
        PushCommand push = run(options("--start", "2026-11-02", "--days", "2", "--quiet"), 1 << 25);
        assertTrue(err.toString().contains("warning: roster skipped (--no-roster silences this)"), err.toString());
        assertTrue(err.toString().contains("warning: complaints skipped"), err.toString());
        assertEquals(1, ingest.to("/api/v1/complaints").size(), "tried once, then no more");
        assertTrue(push.tallies().get(0).accepted() > 5000);
    }

    @Test
    void complaintsAreSentOnlyAfterTheirCalls() throws Exception {
        push(THREE_DAYS_LATER, "--days", "3", "--batch", "300");
        Set<String> sentCalls = new HashSet<>();
        int complaints = 0;
        for (StubIngest.Request request : ingest.requests) {
            if (request.path().equals("/api/v1/calls")) {
                request.records().forEach(c -> sentCalls.add(c.path("callId").asText()));
            } else if (request.path().equals("/api/v1/complaints")) {
                for (JsonNode complaint : request.records()) {
                    assertTrue(sentCalls.contains(complaint.path("callId").asText()), complaint.toString());
                    complaints++;
                }
            }
        }
        assertTrue(complaints > 5, "complaints sent: " + complaints);
    }

    @Test
    void liveSendsWhatEndedBeforeNowAtOnceThenEachCallAsItEndsNeverAhead() throws Exception {
        Instant twoPm = OffsetDateTime.parse("2026-11-02T14:00:00+08:00").toInstant();
        push(twoPm, "--live", "--agents", "20");
        List<StubIngest.Request> calls = ingest.to("/api/v1/calls");
        for (StubIngest.Request request : calls) {
            for (JsonNode call : request.records()) {
                Instant ended = OffsetDateTime.parse(call.path("endedAt").asText()).toInstant();
                assertFalse(ended.isAfter(request.at()), call.path("callId").asText() + " sent before it ended");
            }
        }
        long caughtUp = calls.stream().filter(r -> r.at().equals(twoPm)).mapToInt(StubIngest.Request::count).sum();
        List<Instant> all = allCalls(twoPm, "--live", "--agents", "20");
        assertEquals(all.stream().filter(e -> !e.isAfter(twoPm)).count(), caughtUp, "what ended by 14:00 goes at once");
        assertEquals(all.size(), calls.stream().mapToInt(StubIngest.Request::count).sum());
        assertTrue(ticker.sleeps.size() > 100, "then it keeps pace with the calls");
    }

    @Test
    void liveWithSpeedReplaysTheDayFromMidnightButNeverPastNow() throws Exception {
        Instant twoPm = OffsetDateTime.parse("2026-11-02T14:00:00+08:00").toInstant();
        Instant midnight = OffsetDateTime.parse("2026-11-02T00:00:00+08:00").toInstant();
        push(twoPm, "--live", "--speed", "60", "--agents", "20");
        for (StubIngest.Request request : ingest.to("/api/v1/calls")) {
            for (JsonNode call : request.records()) {
                Instant ended = OffsetDateTime.parse(call.path("endedAt").asText()).toInstant();
                Instant replayed = twoPm.plusNanos(Duration.between(midnight, ended).toNanos() / 60);
                assertFalse(ended.isAfter(request.at()), "never ahead of the wall clock");
                assertFalse(replayed.isAfter(request.at()), "never ahead of the replay");
            }
        }
        assertTrue(ingest.to("/api/v1/calls").get(0).count() < 20, "the replay starts at midnight, not with a catch-up");
    }

    @Test
    void aPushWithoutLiveHoldsBackWhatEndsInTheFuture() throws Exception {
        Instant noon = OffsetDateTime.parse("2026-11-02T12:00:00+08:00").toInstant();
        PushCommand push = push(noon, "--start", "2026-11-02", "--agents", "20");
        long sent = push.tallies().get(0).sent();
        long heldBack = push.tallies().get(0).heldBack();
        assertEquals(allCalls(noon, "--start", "2026-11-02", "--agents", "20").size(), sent + heldBack);
        assertTrue(sent > 0 && heldBack > sent / 2, sent + " sent, " + heldBack + " held back");
        assertTrue(ingest.to("/api/v1/calls").stream().flatMap(r -> r.records().stream())
                .allMatch(c -> !OffsetDateTime.parse(c.path("endedAt").asText()).toInstant().isAfter(noon)));
        assertTrue(ticker.sleeps.isEmpty());
        assertTrue(err.toString().contains("use --live"), err.toString());
    }

    @Test
    void aRateSpacesTheBatchesOneSecondApart() throws Exception {
        PushCommand push = push(THREE_DAYS_LATER, "--agents", "10", "--rate", "100", "--no-roster", "--no-complaints");
        List<StubIngest.Request> calls = ingest.to("/api/v1/calls");
        assertTrue(calls.stream().allMatch(r -> r.count() <= 100), "at most a second's worth per request");
        Duration slept = ticker.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        assertEquals(calls.size() - 1, slept.toSeconds());
        assertEquals(push.tallies().get(0).sent(), calls.stream().mapToInt(StubIngest.Request::count).sum());
    }

    @Test
    void csvGoesToTheCsvEndpointAndAnApiKeyAsXApiKey() throws Exception {
        push(THREE_DAYS_LATER, "--agents", "10", "--format", "csv", "--api-key", "secret", "--batch", "5000");
        StubIngest.Request csv = ingest.to("/api/v1/calls/csv").get(0);
        assertEquals("text/csv", csv.contentType());
        assertTrue(csv.body().startsWith("callId,channel,direction,queueId,"));
        assertTrue(ingest.requests.stream().allMatch(r -> "secret".equals(r.apiKey()) && r.authorization() == null));
        assertTrue(ingest.to("/api/v1/calls").isEmpty());
    }

    @Test
    void ndjsonIsOneCallPerLine() throws Exception {
        PushCommand push = push(THREE_DAYS_LATER, "--agents", "10", "--format", "ndjson", "--no-roster", "--batch", "250");
        StubIngest.Request first = ingest.to("/api/v1/calls").get(0);
        assertEquals("application/x-ndjson", first.contentType());
        assertEquals(250, first.body().split("\n").length);
        assertTrue(first.body().endsWith("}\n"));
        assertTrue(push.tallies().get(0).accepted() > 250);
    }

    private static List<Instant> allCalls(Instant now, String... args) {
        Options options = OptionParser.parse(Stream.concat(Stream.of("push"), Stream.of(args)).toArray(String[]::new),
                Map.of(), Clock.fixed(now, ZoneOffset.UTC));
        List<Instant> ended = new ArrayList<>();
        new Traffic(options.scenario()).timeline().forEachRemaining(e -> {
            if (e.isCall()) {
                ended.add(e.due());
            }
        });
        return ended;
    }

    private PushCommand push(Instant now, String... args) throws Exception {
        ticker = new FakeTicker(now);
        ingest = new StubIngest(ticker::now);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--quiet");
        return run(options(all.toArray(String[]::new)), 1 << 25);
    }

    private Options options(String... args) {
        String[] all = Stream.concat(Stream.of("push", "--url", ingest.uri().toString()), Stream.of(args))
                .toArray(String[]::new);
        return OptionParser.parse(all, Map.of(), Clock.fixed(ticker.now(), ZoneOffset.UTC));
    }

    private PushCommand run(Options options, int maxBytes) throws Exception {
        PrintStream errors = new PrintStream(err, true);
        IngestClient client = new IngestClient(options.url(), new Credentials(options.token(), options.apiKey()),
                IngestClient.httpClient(), ticker, options.retries());
        PushCommand push = new PushCommand(options, new PushTarget(options, client, ticker, errors, maxBytes), ticker,
                errors);
        push.run(new Traffic(options.scenario()));
        return push;
    }
}
