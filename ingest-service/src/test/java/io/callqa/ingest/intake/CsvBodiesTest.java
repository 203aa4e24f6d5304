package io.callqa.ingest.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;

class CsvBodiesTest {

    private static List<Candidate> read(String csv) {
        return CsvBodies.read(csv.getBytes(UTF_8), Limits.DEFAULT);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRows.Row> rows = CsvRows.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n");
        assertEquals(List.of("x, y", "say \"hi\"\nthere"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void emptyCellsAreAbsentAndTranscriptCellsAreJson() {
        Candidate c = read("\uFEFFcallId,agentId,endedAt,transcript\nc-1,,2026-11-02T09:00:00Z,"
                + "\"[{\"\"speaker\"\":\"\"AGENT\"\",\"\"offsetMs\"\":0,\"\"text\"\":\"\"您好\"\"}]\"\n").get(0);
        assertTrue(c.readable());
        assertFalse(c.record().has("agentId"));
        assertEquals("您好", c.record().get("transcript").get(0).get("text").asText());
    }

    @Test
    void rowsOfTheWrongWidthAreRejectedWithTheirLine() {
        List<Candidate> rows = read("callId,endedAt\nc-1,2026-11-02T09:00:00Z\nc-2\nc-3,x,y\n");
        assertTrue(rows.get(0).readable());
        assertEquals("line 3 has 1 values but the header names 2 columns", rows.get(1).errors().get(0).message());
        assertEquals("c-2", rows.get(1).callId());
        assertFalse(rows.get(2).readable());
    }

    @Test
    void aRowOverTheRecordLimitIsRejectedAlone() {
        List<Candidate> rows = CsvBodies.read(("callId,endedAt,wrapUpCode\nc-1,2026-11-02T09:00:00Z,"
                + "x".repeat(60) + "\nc-2,2026-11-02T09:00:00Z,ok\n").getBytes(UTF_8), new Limits(10, 50, 1000));
        assertTrue(rows.get(0).errors().get(0).message().contains("larger than"));
        assertTrue(rows.get(1).readable());
    }

    @Test
    void theHeaderMustNameKnownFieldsOnceAndTheRequiredOnes() {
        ProblemException e = assertThrows(ProblemException.class, () -> read("callId,callId,duration\nx,y,z\n"));
        assertEquals(List.of("header[1]", "header[2]", "header"),
                e.problem().errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void anUnclosedQuoteOrNoRowsIsRefused() {
        assertThrows(ProblemException.class, () -> read("callId,endedAt\n\"c-1,x\n"));
        assertThrows(ProblemException.class, () -> read("callId,endedAt\n"));
        assertThrows(ProblemException.class, () -> read(""));
    }
}
