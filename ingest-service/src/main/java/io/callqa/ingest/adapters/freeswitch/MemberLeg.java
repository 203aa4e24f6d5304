package io.callqa.ingest.adapters.freeswitch;

import java.time.Instant;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.ingest.adapters.CallBuilder;
import io.callqa.ingest.intake.Candidate;

/**
 * The caller's leg of a mod_callcenter queue call ({@code cc_side=member}), which the module marks "for xml_cdr
 * needs": {@code cc_queue} → queueId, {@code cc_queue_joined_epoch} → enqueuedAt, {@code cc_queue_answered_epoch}
 * → answeredAt (absent or 0: nobody answered, the call was abandoned), {@code cc_agent} (e.g. 1001@default, kept
 * as it is) → agentId, {@code cc_queue_terminated_epoch} (bridge ended) or {@code cc_queue_canceled_epoch} (left the
 * queue unanswered) or else the channel's {@code end_epoch} → endedAt, talkSeconds = endedAt − answeredAt,
 * {@code cc_record_filename} (the queue's record-template, a path on the FreeSWITCH host) → recordingUri, the
 * caller id → callerNumber. The channel's own {@code answer_epoch} is not used: mod_callcenter answers the
 * caller before queueing.
 * <p>
 * releasedBy: an abandoned call that left on {@code cc_cancel_reason} TIMEOUT or NO_AGENT_TIMEOUT was released by
 * the system, on EXIT_WITH_KEY by the customer (who pressed the exit key); otherwise (BREAK_OUT: the caller hung
 * up, or the channel was taken out of the queue) and for an answered call, see {@link HangupDisposition}, the
 * member leg's far end being the customer. ({@code cc_cause} is "answered" or "cancel" and adds nothing to this.)
 */
final class MemberLeg {

    private MemberLeg() {
    }

    static Candidate map(CdrFields cdr) {
        CallBuilder call = new CallBuilder();
        call.put("callId", CdrCall.callId(cdr, call)).put("channel", Channel.VOICE).put("direction", Direction.INBOUND)
                .put("queueId", required(cdr, "cc_queue", call))
                .put("callerNumber", cdr.variableOrProfile("caller_id_number"))
                .put("recordingUri", cdr.variable("cc_record_filename"));
        times(cdr, call);
        return call.build(0);
    }

    private static void times(CdrFields cdr, CallBuilder call) {
        Instant joined = cdr.requiredEpoch("cc_queue_joined_epoch", "is required on a mod_callcenter member leg", call);
        Instant answered = cdr.epoch("cc_queue_answered_epoch", call);
        Instant ended = CdrCall.endedAt(cdr, call, cdr.epoch("cc_queue_terminated_epoch", call),
                cdr.epoch("cc_queue_canceled_epoch", call));
        call.put("enqueuedAt", joined).put("answeredAt", answered).put("endedAt", ended)
                .put("releasedBy", releasedBy(cdr, answered != null));
        if (answered != null) {
            call.put("agentId", cdr.variable("cc_agent")).put("talkSeconds", CdrCall.seconds(answered, ended));
        }
    }

    private static ReleasedBy releasedBy(CdrFields cdr, boolean answered) {
        String reason = answered ? null : cdr.variable("cc_cancel_reason");
        if ("TIMEOUT".equals(reason) || "NO_AGENT_TIMEOUT".equals(reason)) {
            return ReleasedBy.SYSTEM;
        }
        if ("EXIT_WITH_KEY".equals(reason)) {
            return ReleasedBy.CUSTOMER;
        }
        return HangupDisposition.releasedBy(cdr.variable("sip_hangup_disposition"), true, answered);
    }

    private static String required(CdrFields cdr, String variable, CallBuilder call) {
        String value = cdr.variable(variable);
        if (value == null) {
            call.error("variables." + variable, "is required on a mod_callcenter member leg");
        }
        return value;
    }
}
