package io.callqa.ingest.adapters.freeswitch;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.CallBuilder;

/**
 * One CDR from FreeSWITCH's mod_json_cdr (one per call leg; see {@link JsonCdrBody} for reading the request) → a
 * call, or a leg acknowledged and ignored:
 * <ul>
 * <li>{@code cc_side=member}: the caller's leg of a mod_callcenter queue call, the call ({@link MemberLeg});</li>
 * <li>{@code cc_side=agent}: the agent's leg of that call, ignored (the member leg carries the call);</li>
 * <li>no {@code cc_side}: a plain bridged call, whose A-leg is the call ({@link BridgedLeg}).</li>
 * </ul>
 * The candidate's index is 0: mod_json_cdr posts one CDR per request. Calls are VOICE and not versioned.
 */
public final class JsonCdrMapper {

    private JsonCdrMapper() {
    }

    public static CdrOutcome map(JsonNode cdr) {
        CdrFields fields = new CdrFields(cdr);
        if (!cdr.path("variables").isObject()) {
            return new CdrOutcome.Call(new CallBuilder().put("callId", fields.legUuid()).error("variables",
                    "is missing: mod_json_cdr puts the channel variables there, and the queue, times and parties are "
                            + "read from them").build(0));
        }
        String side = fields.variable("cc_side");
        if ("agent".equals(side)) {
            return new CdrOutcome.Ignored(fields.legUuid(), "agent leg of a mod_callcenter call (cc_side=agent): "
                    + "the member leg's CDR carries the call");
        }
        return "member".equals(side) ? new CdrOutcome.Call(MemberLeg.map(fields)) : BridgedLeg.map(fields);
    }
}
