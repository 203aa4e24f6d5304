package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.callqa.bench.CallRecords.CallRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;

class CallRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private final List<CallRecord> records = new CallRecords("mib7q2xk", NOW).generate(0, 2_000);

    @Test
    void recordsAreBetween500And700BytesOfJson() {
        for (CallRecord record : records) {
            int size = record.json().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(size >= 500 && size <= 700, size + " bytes: " + record.json());
        }
    }

    @Test
    void callIdsAreUniqueAndNamedAfterTheRun() {
        Set<String> ids = new HashSet<>();
        for (CallRecord record : records) {
            String callId = parse(record).getString("callId");
            assertTrue(callId.matches("bench-mib7q2xk-\\d+") && callId.length() <= 64, callId);
            ids.add(callId);
        }
        assertEquals(records.size(), ids.size());
    }

    @Test
    void answeredCallsOfTheDayBeforeInChinasOffset() {
        for (CallRecord record : records) {
            JsonObject call = parse(record);
            OffsetDateTime enqueued = OffsetDateTime.parse(call.getString("enqueuedAt"));
            OffsetDateTime answered = OffsetDateTime.parse(call.getString("answeredAt"));
            OffsetDateTime ended = OffsetDateTime.parse(call.getString("endedAt"));
            assertEquals("+08:00", enqueued.getOffset().getId());
            assertFalse(answered.isBefore(enqueued) || ended.isBefore(answered), record.json());
            assertTrue(ended.toInstant().isBefore(NOW) && enqueued.toInstant().isAfter(NOW.minusSeconds(86_400)));
            assertTrue(call.getInt("talkSeconds") + call.getInt("holdSeconds") <= ended.toEpochSecond()
                    - answered.toEpochSecond());
        }
    }

    @Test
    void theFieldsIngestReadsAreFilledIn() {
        JsonObject call = parse(records.get(7));
        assertEquals("VOICE", call.getString("channel"));
        assertEquals("INBOUND", call.getString("direction"));
        assertEquals("CUSTOMER", call.getString("releasedBy"));
        assertTrue(call.getString("callerNumber").matches("1[3-9]\\d{9}"));
        assertTrue(call.getInt("csat") >= 1 && call.getInt("csat") <= 5);
        assertEquals(call.getString("agentId"), records.get(7).key());
        assertTrue(call.getString("recordingUri").contains("/" + call.getString("callId") + "_"));
    }

    @Test
    void theSameRunAndNumberGiveTheSameRecord() {
        assertEquals(records.get(42), new CallRecords("mib7q2xk", NOW).record(42));
    }

    private static JsonObject parse(CallRecord record) {
        return Json.createReader(new StringReader(record.json())).readObject();
    }
}
