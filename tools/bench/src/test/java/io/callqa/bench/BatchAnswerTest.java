package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchAnswerTest {

    @Test
    void countsAcceptedDuplicatesAndRejected() {
        BatchAnswer answer = BatchAnswer.parse("{\"accepted\":997,\"duplicates\":1,\"rejected\":[{\"index\":3,"
                + "\"errors\":[]},{\"index\":9,\"errors\":[]}]}");
        assertEquals(new BatchAnswer(997, 1, 2), answer);
    }

    @Test
    void aFailedRequestKeepsItsStatusAndBodyAndCountsNothing() {
        BatchResult result = BatchResult.of(415, "{\"title\":\"Unsupported Media Type\"}", 1_000_000);
        assertNull(result.answer());
        assertTrue(result.failure().startsWith("HTTP 415: {\"title\""));
        IngestResult summary = IngestResult.of(2_000, 1_000_000_000L, new CpuMeter.Usage(0, 0, 0, 0, 0, 0, 0),
                List.of(result, BatchResult.of(200, "{\"accepted\":1000,\"duplicates\":0,\"rejected\":[]}", 2_000_000)),
                new Memory(1, 1, 1, 1));
        assertEquals(1_000, summary.phase().accepted());
        assertEquals(1, summary.failedRequests());
        assertEquals(false, summary.complete());
    }

    @Test
    void a200ThatIsNotABatchAnswerIsAFailure() {
        BatchResult result = BatchResult.of(200, "{\"callId\":\"c-1\",\"eventId\":\"e\"}", 1);
        assertNull(result.answer());
        assertTrue(result.failure().startsWith("not a batch answer"));
    }
}
