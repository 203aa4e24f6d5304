package io.callqa.ingest.adapters.asterisk;

import static io.callqa.ingest.adapters.AdapterFixtures.assertCall;
import static io.callqa.ingest.adapters.AdapterFixtures.assertErrors;
import static io.callqa.ingest.adapters.AdapterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

class QueueLogAssemblerTest {

    private final QueueLogAssembly first = QueueLogAssembler.assemble(List.of(), text("asterisk/queue_log.1"));

    @Test
    void callsEndedInTheUploadComeOutInTheOrderOfTheirEndingLines() {
        assertEquals(List.of("1793581979.102", "1793581961.101", "1793582088.106", "1793582291.110",
                "1793582395.114"), first.calls().stream().map(Candidate::callId).toList());
        assertEquals(List.of(13, 17, 18, 26, 28), first.calls().stream().map(Candidate::index).toList());
        assertTrue(first.rejectedLines().isEmpty());
    }

    @Test
    void completedCallerHangUpIsAnAnsweredCallReleasedByTheCustomer() {
        assertCall("""
                {"callId": "1793581961.101", "channel": "VOICE", "direction": "INBOUND", "queueId": "support",
                 "callerNumber": "+8613812345678", "enqueuedAt": "2026-11-02T01:12:53Z",
                 "answeredAt": "2026-11-02T01:13:14Z", "endedAt": "2026-11-02T01:16:18Z", "releasedBy": "CUSTOMER",
                 "agentId": "1002", "talkSeconds": 184}""", first.calls().get(1));
    }

    @Test
    void abandonedCallHasNoAnsweredAtAndNoAgent() {
        assertCall("""
                {"callId": "1793581979.102", "channel": "VOICE", "direction": "INBOUND", "queueId": "sales",
                 "callerNumber": "02161234567", "enqueuedAt": "2026-11-02T01:13:00Z",
                 "endedAt": "2026-11-02T01:13:37Z", "releasedBy": "CUSTOMER"}""", first.calls().get(0));
    }

    @Test
    void blindAndAttendedTransfersAreAnsweredAndReleasedByTheAgent() {
        assertCall("""
                {"callId": "1793582088.106", "channel": "VOICE", "direction": "INBOUND", "queueId": "support",
                 "callerNumber": "+8613700001234", "enqueuedAt": "2026-11-02T01:15:00Z",
                 "answeredAt": "2026-11-02T01:15:09Z", "endedAt": "2026-11-02T01:16:44Z", "releasedBy": "AGENT",
                 "agentId": "1001", "talkSeconds": 95}""", first.calls().get(2));
        assertCall("""
                {"callId": "1793582291.110", "channel": "VOICE", "direction": "INBOUND", "queueId": "sales",
                 "callerNumber": "+8615800001111", "enqueuedAt": "2026-11-02T01:18:20Z",
                 "answeredAt": "2026-11-02T01:18:32Z", "endedAt": "2026-11-02T01:22:32Z", "releasedBy": "AGENT",
                 "agentId": "2001", "talkSeconds": 240}""", first.calls().get(3));
    }

    @Test
    void timeoutExitWasReleasedByTheSystem() {
        assertCall("""
                {"callId": "1793582395.114", "channel": "VOICE", "direction": "INBOUND", "queueId": "support",
                 "callerNumber": "+8613100002222", "enqueuedAt": "2026-11-02T01:20:00Z",
                 "endedAt": "2026-11-02T01:25:00Z", "releasedBy": "SYSTEM"}""", first.calls().get(4));
    }

    @Test
    void callsStillInAQueueAtTheEndArePendingWithTheirRawLines() {
        assertEquals(Map.of(
                "1793582795.120", List.of("1793582800|1793582795.120|support|NONE|ENTERQUEUE||+8613812345678|1",
                        "1793582818|1793582795.120|support|PJSIP/1002|CONNECT|18|1793582814.122|4"),
                "1793582871.124", List.of("1793582880|1793582871.124|sales|NONE|ENTERQUEUE||+8618900003333|1")),
                first.pending());
    }

    @Test
    void continuationCompletesThePendingCallsAndKeepsTheNewOpenOne() {
        QueueLogAssembly second = QueueLogAssembler.assemble(first.pendingLines(), text("asterisk/queue_log.2"));

        assertEquals(List.of("1793582871.124", "1793582996.128", "1793580890.077", "1793583193.132",
                "1793582795.120"), second.calls().stream().map(Candidate::callId).toList());
        assertEquals(List.of(1, 6, 7, 10, 11), second.calls().stream().map(Candidate::index).toList());
        assertEquals(Map.of("1793583252.136",
                List.of("1793583260|1793583252.136|support|NONE|ENTERQUEUE||+8617700005555|1")), second.pending());
        assertCall("""
                {"callId": "1793582795.120", "channel": "VOICE", "direction": "INBOUND", "queueId": "support",
                 "callerNumber": "+8613812345678", "enqueuedAt": "2026-11-02T01:26:40Z",
                 "answeredAt": "2026-11-02T01:26:58Z", "endedAt": "2026-11-02T01:33:50Z", "releasedBy": "AGENT",
                 "agentId": "1002", "talkSeconds": 412}""", second.calls().get(4));
        assertCall("""
                {"callId": "1793582871.124", "channel": "VOICE", "direction": "INBOUND", "queueId": "sales",
                 "callerNumber": "+8618900003333", "enqueuedAt": "2026-11-02T01:28:00Z",
                 "endedAt": "2026-11-02T01:28:25Z", "releasedBy": "CUSTOMER"}""", second.calls().get(0));
    }

    @Test
    void attendedTransferWithTwoLocalChannelsReadsTheCalltimeFromTheEnd() {
        QueueLogAssembly second = QueueLogAssembler.assemble(first.pendingLines(), text("asterisk/queue_log.2"));

        assertEquals(130, second.calls().get(1).record().get("talkSeconds").asInt());
        assertEquals("1001", second.calls().get(1).record().get("agentId").asText());
        assertEquals("SYSTEM", second.calls().get(3).record().get("releasedBy").asText());
    }

    @Test
    void completionWithoutItsEnterqueueIsReportedNotDropped() {
        QueueLogAssembly second = QueueLogAssembler.assemble(first.pendingLines(), text("asterisk/queue_log.2"));

        Candidate orphan = second.calls().get(2);
        assertErrors(orphan, new FieldError("ENTERQUEUE", "no ENTERQUEUE line for callid 1793580890.077 was received, "
                + "so when the caller entered queue support and who called are unknown"));
        assertEquals("1793580890.077", orphan.callId());
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineNumberAndUnknownEventsAreIrrelevant() {
        String upload = """
                1793583300|1793583295.140|support|NONE|ENTERQUEUE||+8613800006666|1

                1793583301|1793583295.140|support
                yesterday|1793583295.140|support|NONE|ABANDON|1|1|5
                1793583302|NONE|support|PJSIP/1001|SOMETHINGNEW|x
                1793583303|1793583295.140|support|NONE|ABANDON|1|1|3
                """;

        QueueLogAssembly assembly = QueueLogAssembler.assemble(List.of(), upload);

        assertEquals(2, assembly.rejectedLines().size());
        assertErrors(assembly.rejectedLines().get(0), new FieldError("line 3",
                "has 3 field(s); a queue_log line is time|callid|queue|agent|event|data..."));
        assertEquals(3, assembly.rejectedLines().get(0).index());
        assertErrors(assembly.rejectedLines().get(1), new FieldError("line 4", "time 'yesterday' is not epoch seconds"));
        assertEquals(List.of(6), assembly.calls().stream().map(Candidate::index).toList());
        assertTrue(assembly.calls().get(0).readable());
    }

    @Test
    void completionWithoutACalltimeIsUnreadableNamingTheLine() {
        String upload = """
                1793583400|1793583395.150|support|NONE|ENTERQUEUE||+8613800007777|1
                1793583410|1793583395.150|support|PJSIP/1001|CONNECT|10|1793583406.152|4
                1793583500|1793583395.150|support|PJSIP/1001|COMPLETEAGENT|10
                """;

        Candidate call = QueueLogAssembler.assemble(List.of(), upload).calls().get(0);

        assertErrors(call, new FieldError("line 3",
                "COMPLETEAGENT has no calltime (seconds talking) where the queue_log format puts it: ''"));
    }

    @Test
    void overflowToAnotherQueueGivesOneCallPerQueueStay() {
        String upload = """
                1793583600|1793583598.160|sales|NONE|ENTERQUEUE||+8613800008888|1
                1793583660|1793583598.160|sales|NONE|EXITWITHTIMEOUT|1|1|60
                1793583661|1793583598.160|support|NONE|ENTERQUEUE||+8613800008888|1
                1793583670|1793583598.160|support|SIP/1003|CONNECT|9|1793583666.162|3
                1793583800.250731|1793583598.160|support|SIP/1003|COMPLETECALLER|9|130|1
                """;

        List<Candidate> calls = QueueLogAssembler.assemble(List.of(), upload).calls();

        assertEquals(List.of("sales", "support"), calls.stream().map(c -> c.record().get("queueId").asText()).toList());
        assertEquals("2026-11-02T01:43:20.250731Z", calls.get(1).record().get("endedAt").asText());
        assertEquals("1003", calls.get(1).record().get("agentId").asText());
    }

    @Test
    void memberNamesLoseTheirTechnologyPrefix() {
        assertEquals("1001", QueueMembers.agentId("PJSIP/1001"));
        assertEquals("2001", QueueMembers.agentId("Agent/2001"));
        assertEquals("1001", QueueMembers.agentId("Local/1001@from-queue/n"));
        assertEquals("Alice Wang", QueueMembers.agentId("Alice Wang"));
        assertEquals(null, QueueMembers.agentId("NONE"));
    }
}
