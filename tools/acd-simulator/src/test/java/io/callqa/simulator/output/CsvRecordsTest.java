package io.callqa.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.cli.Format;
import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Call.Direction;
import io.callqa.simulator.records.Call.ReleasedBy;

class CsvRecordsTest {

    private final CsvRecords csv = new CsvRecords(Simulations.SHANGHAI);

    @Test
    void headerNamesTheJsonFieldsWithoutTheTranscript() {
        assertEquals("callId,channel,direction,queueId,agentId,teamId,callerNumber,enqueuedAt,answeredAt,endedAt,"
                + "talkSeconds,holdSeconds,releasedBy,recordingUri,wrapUpCode,csat\r\n", CsvRecords.header());
    }

    @Test
    void absentFieldsAreEmptyAndTimesCarryTheCentersOffset() {
        Call abandoned = new Call("c-1", Direction.INBOUND, "Q-BILLING", null, null, "13800135678",
                Instant.parse("2026-11-02T01:15:03Z"), null, Instant.parse("2026-11-02T01:16:00Z"), 0, 0,
                ReleasedBy.CUSTOMER, null, null, null, null);
        assertEquals("c-1,VOICE,INBOUND,Q-BILLING,,,13800135678,2026-11-02T09:15:03+08:00,,2026-11-02T09:16:00+08:00,"
                + "0,0,CUSTOMER,,,\r\n", csv.call(abandoned));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("plain", CsvRecords.escape("plain"));
        assertEquals("\"BILLING,QUERY\"", CsvRecords.escape("BILLING,QUERY"));
        assertEquals("\"say \"\"hi\"\"\"", CsvRecords.escape("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvRecords.escape("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvRecords.escape("cr\rhere"));
        assertEquals("", CsvRecords.escape(null));
        assertEquals("a,\"b,c\",\r\n", CsvRecords.row(Arrays.asList("a", "b,c", null)));
    }

    @Test
    void aGeneratedFileHasTheHeaderAndOneRowOfSixteenFieldsPerCall() throws IOException {
        List<Call> calls = Simulations.collect(Simulations.scenario(20, Simulations.MONDAY, 1, 42, true)).calls();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CallWriter writer = new CallWriter(out, Format.CSV, Simulations.SHANGHAI);
        for (Call call : calls) {
            writer.write(call);
        }
        String[] rows = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(calls.size() + 1, rows.length);
        assertEquals(CsvRecords.header().trim(), rows[0]);
        for (String row : rows) {
            assertEquals(16, row.split(",", -1).length, row); // no generated value holds a comma
            assertTrue(!row.contains("\n"));
        }
    }
}
