package io.callqa.ingest.adapters.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.ingest.calls.CallerNumbers;
import io.callqa.ingest.intake.Candidate;

class QueueStaysTest {

    private static final String LOG = """
            1793581973|1793581961.101|support|NONE|ENTERQUEUE||+8613812345678|1
            1793582273|1793581961.101|support|NONE|EXITWITHTIMEOUT|1|1|300
            1793582274|1793581961.101|overflow|NONE|ENTERQUEUE||+8613812345678|1
            1793582280|1793581961.101|overflow|PJSIP/1003|CONNECT|6|1793582276.140|3
            1793582400|1793581961.101|overflow|PJSIP/1003|COMPLETECALLER|6|120|1
            """;

    @Test
    void aLaterQueueStayOfTheSameChannelIsACallOfItsOwnNamedTheSameOnEveryUpload() {
        var calls = QueueLogAssembler.assemble(List.of(), LOG).calls();
        QueueStays.Named first = QueueStays.name(calls, Map.of());

        assertEquals(List.of("1793581961.101", "1793581961.101:1793582274"),
                first.calls().stream().map(Candidate::callId).toList());
        assertEquals(Instant.ofEpochSecond(1793581973), first.firstStays().get("1793581961.101"));

        var again = QueueStays.name(QueueLogAssembler.assemble(List.of(), LOG.lines().skip(2)
                .reduce("", (a, b) -> a + b + "\n")).calls(), first.firstStays());
        assertEquals("1793581961.101:1793582274", again.calls().get(0).callId());
    }

    @Test
    void pendingLinesKeepOnlyTheProtectedCaller() {
        CallerNumbers numbers = new CallerNumbers("0123456789abcdef");
        String stored = PendingCallers.protect(LOG.lines().findFirst().orElseThrow(), numbers);

        assertFalse(stored.contains("13812345678"));
        Candidate call = PendingCallers.restore(QueueLogAssembler.assemble(List.of(stored),
                "1793582273|1793581961.101|support|NONE|ABANDON|1|1|300").calls().get(0));
        assertNull(call.record().get("callerNumber"));
        assertEquals(numbers.hash("13812345678"), call.caller().hash());
        assertEquals("138****5678", call.caller().masked());
    }
}
