package io.callqa.ingest.adapters.freeswitch;

import io.callqa.events.CallRecorded.Direction;
import io.callqa.ingest.adapters.CallBuilder;

/** Who is who on the A-leg of a bridged call: direction, customer, agent, queue (the table in {@link BridgedLeg}). */
final class BridgedParties {

    private BridgedParties() {
    }

    /** Maps direction, callerNumber, agentId and queueId; true when the far end of this leg is the customer. */
    static boolean map(CdrFields cdr, CallBuilder call, String leg, String callDirection) {
        Direction direction = callDirection != null ? direction("call_direction", callDirection, call)
                : direction("direction", leg, call);
        boolean agentDialled = "inbound".equals(leg) && "outbound".equals(callDirection);
        call.put("direction", direction);
        if (direction == Direction.INBOUND) {
            call.put("callerNumber", cdr.variableOrProfile("caller_id_number"))
                    .put("queueId", cdr.variableOrProfile("destination_number"))
                    .put("agentId", reached(cdr));
        } else {
            call.put("callerNumber", cdr.variableOrProfile("destination_number"))
                    .put("agentId", agentDialled ? cdr.variableOrProfile("caller_id_number") : reached(cdr));
        }
        return !agentDialled;
    }

    /** The party the bridge reached: the dialled user, else the callee id sent to or recorded for this leg. */
    private static String reached(CdrFields cdr) {
        String user = cdr.variable("dialed_user");
        if (user != null) {
            return user;
        }
        String sent = cdr.variable("last_sent_callee_id_number");
        return sent != null ? sent : cdr.variableOrProfile("callee_id_number");
    }

    private static Direction direction(String variable, String value, CallBuilder call) {
        if ("inbound".equals(value) || "outbound".equals(value)) {
            return Direction.valueOf(value.toUpperCase());
        }
        call.error("variables." + variable, value == null ? "is required: inbound or outbound"
                : "is '" + value + "'; expected inbound or outbound");
        return null;
    }
}
