package io.callqa.ingest.adapters.asterisk;

import java.util.Set;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.ingest.adapters.CallBuilder;
import io.callqa.ingest.intake.Candidate;

/**
 * A queue attempt and the line that ended it → one call. Answered ends and where their calltime (seconds talking)
 * is in the data:
 * <ul>
 * <li>COMPLETECALLER (caller hung up → CUSTOMER) and COMPLETEAGENT (agent hung up → AGENT):
 * holdtime|calltime|origposition;</li>
 * <li>BLINDTRANSFER, and TRANSFER in Asterisk before 12: extension|context|holdtime|calltime|origposition;</li>
 * <li>ATTENDEDTRANSFER: method|method data|holdtime|calltime|origposition, where the method data is one field
 * (BRIDGE: the bridge id; APP: the application) or two (LINK: the two Local channels), so the calltime is read as
 * the second field from the end.</li>
 * </ul>
 * A transfer was the agent's doing → AGENT. Unanswered ends: ABANDON (the caller hung up → CUSTOMER),
 * EXITWITHKEY (the caller pressed a key to leave → CUSTOMER), EXITWITHTIMEOUT and EXITEMPTY (the queue let the
 * caller go → SYSTEM); for these endedAt is the exit time and there is no agent.
 * <p>
 * enqueuedAt is the ENTERQUEUE time, callerNumber its callerid (url|callerid|position: the second data field),
 * queueId its queue; answeredAt and agentId
 * come from the CONNECT line (without one: calltime before the end, and the ending line's agent).
 */
final class QueueCompletion {

    private static final Set<String> ANSWERED = Set.of("COMPLETECALLER", "COMPLETEAGENT", "BLINDTRANSFER", "TRANSFER",
            "ATTENDEDTRANSFER");
    private static final Set<String> UNANSWERED = Set.of("ABANDON", "EXITWITHKEY", "EXITWITHTIMEOUT", "EXITEMPTY");

    private QueueCompletion() {
    }

    /** Whether the event ends a caller's stay in a queue. */
    static boolean ends(String event) {
        return ANSWERED.contains(event) || UNANSWERED.contains(event);
    }

    static Candidate call(QueueAttempt attempt, QueueLogLine end, int lineNumber) {
        CallBuilder call = new CallBuilder().put("callId", end.callId()).put("channel", Channel.VOICE)
                .put("direction", Direction.INBOUND).put("queueId", end.queue());
        QueueLogLine enter = attempt == null ? null : attempt.enter();
        if (enter == null) {
            return call.error("ENTERQUEUE", "no ENTERQUEUE line for callid " + end.callId() + " was received, so "
                    + "when the caller entered queue " + end.queue() + " and who called are unknown").build(lineNumber);
        }
        call.put("queueId", enter.queue()).put("callerNumber", enter.data(1)).put("enqueuedAt", enter.time())
                .put("endedAt", end.time()).put("releasedBy", releasedBy(end.event()));
        if (ANSWERED.contains(end.event())) {
            answered(call, attempt.connect(), end, lineNumber);
        }
        return call.build(lineNumber);
    }

    private static void answered(CallBuilder call, QueueLogLine connect, QueueLogLine end, int lineNumber) {
        String calltime = end.event().equals("ATTENDEDTRANSFER") ? end.dataFromEnd(2)
                : end.data(end.event().endsWith("TRANSFER") ? 3 : 1);
        Integer talk = calltime.matches("\\d{1,9}") ? Integer.valueOf(calltime) : null;
        if (talk == null) {
            call.error("line " + lineNumber, end.event() + " has no calltime (seconds talking) where the queue_log "
                    + "format puts it: '" + calltime + "'");
        }
        call.put("answeredAt", connect != null ? connect.time() : talk == null ? null : end.time().minusSeconds(talk))
                .put("agentId", QueueMembers.agentId((connect != null ? connect : end).agent()))
                .put("talkSeconds", talk);
    }

    private static ReleasedBy releasedBy(String event) {
        return switch (event) {
            case "COMPLETECALLER", "ABANDON", "EXITWITHKEY" -> ReleasedBy.CUSTOMER;
            case "EXITWITHTIMEOUT", "EXITEMPTY" -> ReleasedBy.SYSTEM;
            default -> ReleasedBy.AGENT;
        };
    }
}
