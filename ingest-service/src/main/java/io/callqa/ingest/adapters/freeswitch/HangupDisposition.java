package io.callqa.ingest.adapters.freeswitch;

import io.callqa.events.CallRecorded.ReleasedBy;

/**
 * Who ended the call, from the leg's {@code sip_hangup_disposition}: {@code recv_*} (recv_bye, recv_cancel,
 * recv_refuse) means the far end of this leg hung up; {@code send_bye} means FreeSWITCH hung this leg up, which for
 * an answered, bridged call is what happens when the other leg hangs up (the bridge tears down both), and
 * otherwise is the system (a timeout, the dialplan); {@code send_cancel} and {@code send_refuse} are the system.
 * Which party is at the far end depends on whose leg the CDR describes. No disposition (a leg that is not SIP)
 * leaves it unknown.
 */
final class HangupDisposition {

    private HangupDisposition() {
    }

    /**
     * @param disposition the decoded {@code sip_hangup_disposition}, or null
     * @param customerLeg true when the far end of this leg is the customer, false when it is the agent's phone
     * @param answered whether an agent answered
     */
    static ReleasedBy releasedBy(String disposition, boolean customerLeg, boolean answered) {
        if (disposition == null) {
            return null;
        }
        if (disposition.startsWith("recv_")) {
            return customerLeg ? ReleasedBy.CUSTOMER : ReleasedBy.AGENT;
        }
        if (disposition.equals("send_bye") && answered) {
            return customerLeg ? ReleasedBy.AGENT : ReleasedBy.CUSTOMER;
        }
        return ReleasedBy.SYSTEM;
    }
}
