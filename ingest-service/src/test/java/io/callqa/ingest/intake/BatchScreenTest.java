package io.callqa.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.ingest.calls.CallNormalizer;
import io.callqa.ingest.calls.CallerNumbers;

class BatchScreenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private final BatchScreen screen = new BatchScreen(new CallNormalizer(new CallerNumbers("0123456789abcdef")), false,
            false);

    private static ObjectNode call(String callId, String endedAt) {
        ObjectNode node = JsonBodies.MAPPER.createObjectNode();
        node.put("callId", callId).put("queueId", "Q1").put("enqueuedAt", "2026-11-02T09:00:00Z")
                .put("endedAt", endedAt);
        return node;
    }

    @Test
    void typeErrorsOfSeveralFieldsAreNamedTogether() {
        ObjectNode node = call("c-1", "2026-11-02T09:01:00Z").put("talkSeconds", "ten").put("csat", 4.5)
                .put("direction", "up");
        var screened = screen.screen(List.of(Candidate.of(0, node)), NOW);
        assertEquals(List.of("direction", "talkSeconds", "csat"),
                screened.rejected().get(0).errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void aRepeatedCallIdIsRejectedUnlessVersioned() {
        var plain = screen.screen(List.of(Candidate.of(0, call("c-1", "2026-11-02T09:01:00Z")),
                Candidate.of(1, call("c-1", "2026-11-02T09:02:00Z"))), NOW);
        assertEquals(1, plain.valid().size());
        assertEquals(1, plain.rejected().get(0).index());

        var versioned = screen.screen(List.of(
                Candidate.versioned(0, call("c-1", "2026-11-02T09:02:00Z"), Instant.parse("2026-11-02T01:05:00Z")),
                Candidate.versioned(1, call("c-1", "2026-11-02T09:01:00Z"), Instant.parse("2026-11-02T01:01:00Z"))),
                NOW);
        assertEquals(1, versioned.superseded());
        assertEquals(0, versioned.valid().get(0).index(), "the later version wins");
        assertTrue(versioned.rejected().isEmpty());
    }

    @Test
    void anAbandonedCallIsDerivedFromItsTimes() {
        var call = screen.screen(List.of(Candidate.of(0, call("c-1", "2026-11-02T09:00:42Z"))), NOW)
                .valid().get(0).call();
        assertEquals(42, call.waitSeconds());
        assertEquals("ABANDONED", call.outcome().name());
    }
}
