package io.callqa.ingest.adapters.freeswitch;

import java.time.Instant;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * A call without mod_callcenter: the A-leg of a bridge is the call, and the B-leg (originated by the A-leg) is
 * ignored so that the call is not counted twice. FreeSWITCH's {@code direction} is the leg's, seen from the switch:
 * an A-leg "inbound" came into the switch. What the call is for the contact centre is {@code call_direction}
 * (set by FusionPBX and many dialplans: inbound, outbound or local) when present, else that leg direction:
 * <table>
 * <caption>A-leg → call</caption>
 * <tr><th>leg, call_direction</th><th>call</th><th>callerNumber</th><th>agentId</th><th>queueId</th></tr>
 * <tr><td>inbound, absent or inbound</td><td>INBOUND: a customer called in</td><td>caller_id_number</td>
 * <td>dialed_user, else last_sent_callee_id_number, else callee_id_number (the party the bridge reached)</td>
 * <td>destination_number (the number the customer dialled: the DID or extension standing for the queue)</td></tr>
 * <tr><td>inbound, outbound</td><td>OUTBOUND: an agent's phone dialled out</td><td>destination_number</td>
 * <td>caller_id_number (the agent's extension)</td><td>none</td></tr>
 * <tr><td>outbound, absent or outbound</td><td>OUTBOUND: the switch dialled the customer (originate)</td>
 * <td>destination_number</td><td>as for INBOUND</td><td>none</td></tr>
 * <tr><td>any, local</td><td>ignored: an internal call</td><td></td><td></td><td></td></tr>
 * </table>
 * Times: {@code start_epoch} → enqueuedAt, {@code bridge_epoch} → answeredAt (0: never bridged, not answered) and
 * talkSeconds = end − bridge; a CDR without {@code bridge_epoch} (older FreeSWITCH) falls back to
 * {@code answer_epoch} and {@code billsec}, which count from when the switch answered, IVR included.
 * {@code end_epoch} → endedAt. Recording: {@code record_path}/{@code record_name} (FusionPBX) or
 * {@code record_file} when the dialplan sets them. releasedBy: see {@link HangupDisposition}.
 */
final class BridgedLeg {

    private BridgedLeg() {
    }

    static CdrOutcome map(CdrFields cdr) {
        String callDirection = cdr.variable("call_direction");
        if (cdr.originatedByAnotherLeg()) {
            return new CdrOutcome.Ignored(cdr.legUuid(), "B-leg of a bridged call: the A-leg's CDR carries the call");
        }
        if ("local".equals(callDirection)) {
            return new CdrOutcome.Ignored(cdr.legUuid(), "internal call between extensions (call_direction=local)");
        }
        CallBuilder call = new CallBuilder();
        call.put("callId", CdrCall.callId(cdr, call)).put("channel", Channel.VOICE);
        boolean customerLeg = BridgedParties.map(cdr, call, cdr.variable("direction"), callDirection);
        boolean answered = times(cdr, call);
        call.put("recordingUri", recording(cdr)).put("releasedBy",
                HangupDisposition.releasedBy(cdr.variable("sip_hangup_disposition"), customerLeg, answered));
        return new CdrOutcome.Call(call.build(0));
    }

    /** Maps the times; true when the call was answered. */
    private static boolean times(CdrFields cdr, CallBuilder call) {
        boolean bridgeKnown = cdr.variable("bridge_epoch") != null;
        Instant answered = cdr.epoch(bridgeKnown ? "bridge_epoch" : "answer_epoch", call);
        Instant ended = CdrCall.endedAt(cdr, call);
        call.put("enqueuedAt", cdr.epoch("start_epoch", call)).put("answeredAt", answered).put("endedAt", ended);
        if (answered != null) {
            call.put("talkSeconds", bridgeKnown ? CdrCall.seconds(answered, ended) : cdr.seconds("billsec", call));
        }
        return answered != null;
    }

    private static String recording(CdrFields cdr) {
        String path = cdr.variable("record_path");
        String name = cdr.variable("record_name");
        if (path != null && name != null) {
            return path.endsWith("/") ? path + name : path + "/" + name;
        }
        return cdr.variable("record_file");
    }
}
