package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;

class SamplingOptionsTest {

    @Test
    void throughIngestPushesAMonthOfTheSimulatorByDefault() {
        SamplingOptions options = SamplingOptions.parse(List.of("--sampling", "--through-ingest"));
        assertTrue(options.throughIngest());
        assertEquals(31, options.days());
        assertEquals(1_000, options.agents());
        assertEquals(50, AcdSimulatorPush.teams(options.agents()));
        assertFalse(SamplingOptions.parse(List.of()).throughIngest());
    }

    @Test
    void daysNeedThroughIngestAndARunIdDoesNotApplyToIt() {
        assertEquals(7, SamplingOptions.parse(List.of("--through-ingest", "--days", "7")).days());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SamplingOptions.parse(List.of("--days", "7"))).getMessage().contains("--through-ingest"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SamplingOptions.parse(List.of("--through-ingest", "--run-id", "a1"))).getMessage()
                .contains("--run-id"));
    }

    @Test
    void theSimulatorTakesOneToNinetyNineTeamsOfTwenty() {
        assertEquals(1, AcdSimulatorPush.teams(7));
        assertEquals(2, AcdSimulatorPush.teams(21));
        assertEquals(99, AcdSimulatorPush.teams(5_000));
    }

    @Test
    void aLatencyCallGoesToIngestAsAnAcdRecordInChinasOffset() {
        Instant enqueued = Instant.parse("2026-11-01T01:00:00Z");
        CallRecorded call = new CallRecorded(UUID.randomUUID(), enqueued.plusSeconds(9), "lat-1", Channel.VOICE,
                Direction.INBOUND, "q-general", "a-0001", "t-01", "hash", "138****0000", enqueued,
                enqueued.plusSeconds(3), enqueued.plusSeconds(8), 5, 0, 3, CallOutcome.ANSWERED, ReleasedBy.CUSTOMER,
                "oss://x/lat-1.wav", "INFO", null, null);
        String json = IngestCallSink.json(call);
        assertTrue(json.startsWith("{\"callId\":\"lat-1\",\"channel\":\"VOICE\",\"direction\":\"INBOUND\""), json);
        assertTrue(json.contains("\"enqueuedAt\":\"2026-11-01T09:00:00+08:00\""), json);
        assertTrue(json.contains("\"talkSeconds\":5,\"holdSeconds\":0,\"releasedBy\":\"CUSTOMER\""), json);
        assertTrue(json.matches(".*\"callerNumber\":\"139\\d{8}\".*"), json);
    }
}
