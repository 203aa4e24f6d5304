package io.callqa.ingest.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;

class JsonBodiesTest {

    private static JsonBodies.Parsed read(String json, RequestLimits limits) {
        return JsonBodies.read(json.getBytes(UTF_8), limits);
    }

    private static ProblemException refused(String json, RequestLimits limits) {
        return assertThrows(ProblemException.class, () -> read(json, limits));
    }

    @Test
    void anObjectIsOneRecordAndAnArrayABatch() {
        assertTrue(read("{\"callId\":\"c-1\"}", Limits.DEFAULT).single());
        JsonBodies.Parsed batch = read("[{\"callId\":\"c-1\"},{\"callId\":\"c-2\"}]", Limits.DEFAULT);
        assertFalse(batch.single());
        assertEquals("c-2", batch.candidates().get(1).callId());
        assertEquals(1, batch.candidates().get(1).index());
    }

    @Test
    void elementsThatAreNotObjectsAreRejectedAlone() {
        JsonBodies.Parsed batch = read("[{\"callId\":\"c-1\"}, 42, [\"x\"]]", Limits.DEFAULT);
        assertTrue(batch.candidates().get(0).readable());
        assertEquals("record", batch.candidates().get(1).errors().get(0).field());
        assertFalse(batch.candidates().get(2).readable());
    }

    @Test
    void recordsOverTheRecordLimitAreRejectedAndASingleOneIsTooLarge() {
        Limits small = new Limits(10, 40, 1000);
        JsonBodies.Parsed batch = read("[{\"callId\":\"c-1\"},{\"callId\":\"" + "x".repeat(50) + "\"}]", small);
        assertTrue(batch.candidates().get(0).readable());
        assertTrue(batch.candidates().get(1).errors().get(0).message().contains("larger than"));
        assertEquals(413, refused("{\"callId\":\"" + "x".repeat(50) + "\"}", small).problem().status());
    }

    @Test
    void moreRecordsThanAllowedIsTooLarge() {
        assertEquals(413, refused("[{},{},{}]", new Limits(2, 100, 1000)).problem().status());
    }

    @Test
    void malformedEmptyTrailingAndScalarBodiesNameTheBody() {
        assertTrue(refused("[{\"callId\": ]", Limits.DEFAULT).getMessage().contains("line 1"));
        assertTrue(refused("", Limits.DEFAULT).getMessage().contains("empty"));
        assertTrue(refused("[]", Limits.DEFAULT).getMessage().contains("empty"));
        assertTrue(refused("{} {}", Limits.DEFAULT).getMessage().contains("after the end"));
        assertEquals("body", refused("\"text\"", Limits.DEFAULT).problem().errors().get(0).field());
    }

    @Test
    void bytesThatAreNotUtf8NameTheirOffset() {
        byte[] body = {'[', '{', '}', (byte) 0xFF, ']'};
        ProblemException e = assertThrows(ProblemException.class, () -> JsonBodies.read(body, Limits.DEFAULT));
        assertTrue(e.getMessage().contains("0xFF at offset 3"), e.getMessage());
    }

    @Test
    void ndjsonLinesAreRecordsAndABrokenLineIsRejectedAlone() {
        var candidates = NdjsonBodies.read("{\"callId\":\"a\"}\r\n\n{\"callId\":\n{\"callId\":\"c\"} {}\n"
                .getBytes(UTF_8), Limits.DEFAULT);
        assertEquals(3, candidates.size());
        assertEquals("a", candidates.get(0).callId());
        assertTrue(candidates.get(1).errors().get(0).message().startsWith("line 3 is not valid JSON"));
        assertFalse(candidates.get(2).readable(), "two values on one line");
    }
}
